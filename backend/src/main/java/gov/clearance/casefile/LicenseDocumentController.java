package gov.clearance.casefile;

import gov.clearance.decision.LicenseDocument;
import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.AttachmentName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The license as a PDF document, for the applicant and for staff. No {@code produces} condition on
 * purpose: a client that asks for JSON still gets the document, and one that asks only for PDF still
 * gets its 404 as problem+json.
 */
@RestController
class LicenseDocumentController {

    private final LicenseDocuments documents;

    LicenseDocumentController(LicenseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/applicant/applications/{id}/license.pdf")
    @Tag(name = "Applicant")
    @Operation(summary = "The license of one of the caller's organization's applications, as a PDF document")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> applicantLicense(CurrentUser user, @PathVariable UUID id) {
        return download(documents.forApplicant(user, id));
    }

    @GetMapping("/api/staff/applications/{id}/license.pdf")
    @Tag(name = "Staff: cases")
    @Operation(summary = "The license of a case the caller may see, as a PDF document")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> staffLicense(CurrentUser user, @PathVariable UUID id) {
        return download(documents.forStaff(user, id));
    }

    private static ResponseEntity<byte[]> download(LicenseDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        AttachmentName.of(document.fileName()).contentDisposition())
                .body(document.pdf());
    }
}
