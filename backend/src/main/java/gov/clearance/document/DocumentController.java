package gov.clearance.document;

import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.AttachmentName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Support documents, for the applicant and for staff; uploads are multipart, downloads stream. */
@RestController
@Tag(name = "Support documents")
class DocumentController {

    private final SupportDocuments documents;

    DocumentController(SupportDocuments documents) {
        this.documents = documents;
    }

    @PostMapping({"/api/applicant/applications/{id}/documents", "/api/staff/applications/{id}/documents"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a PDF support document (with replaces, a new version of one): the applicant, or BIS")
    DocumentView upload(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) UUID replaces, @RequestParam(required = false) MultipartFile file) {
        return documents.upload(user, id, type, replaces, file == null ? null : file.getOriginalFilename(),
                file == null ? null : () -> open(file));
    }

    @GetMapping({"/api/applicant/applications/{id}/documents", "/api/staff/applications/{id}/documents"})
    @Operation(summary = "Every version of the case's support documents: the applicant, BIS, referred agencies")
    List<DocumentView> documents(CurrentUser user, @PathVariable UUID id) {
        return documents.documentsOf(user, id);
    }

    @GetMapping({"/api/applicant/applications/{id}/documents/{versionId}/content",
        "/api/staff/applications/{id}/documents/{versionId}/content"})
    @Operation(summary = "Download one version of a support document: the applicant, BIS, referred agencies")
    ResponseEntity<InputStreamResource> download(CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID versionId) {
        return download(documents.download(user, id, versionId));
    }

    private static InputStream open(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<InputStreamResource> download(SupportDocuments.Download download) {
        DocumentView document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        AttachmentName.of(document.fileName()).contentDisposition())
                .header("X-Content-SHA256", document.sha256())
                .body(new InputStreamResource(download.content().get()));
    }
}
