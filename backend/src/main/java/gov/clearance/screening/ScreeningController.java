package gov.clearance.screening;

import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening list's imports (ADMIN) and the adjudication of hits (BIS analysts). A case's hits are read
 * through the staff case file; applicants never see them.
 */
@RestController
@Tag(name = "Screening")
class ScreeningController {

    private final ScreeningLists lists;
    private final PartyScreening screening;

    ScreeningController(ScreeningLists lists, PartyScreening screening) {
        this.lists = lists;
        this.screening = screening;
    }

    @PostMapping(value = "/api/admin/screening-lists", consumes = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import the Consolidated Screening List as published (body: text/csv or application/json, "
            + "streamed); every open case is screened against it again in the background")
    ScreeningListImportView importList(CurrentUser admin, HttpServletRequest request,
            @RequestParam(required = false) String fileName) {
        try {
            return lists.importList(admin, format(request.getContentType()), fileName, request.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/admin/screening-lists")
    @Operation(summary = "Every import of the screening list, newest first, with the rescreening's progress")
    List<ScreeningListImportView> imports() {
        return lists.imports();
    }

    @GetMapping("/api/admin/screening-lists/{importId}")
    @Operation(summary = "One import of the screening list, with the rescreening's progress")
    ScreeningListImportView importOf(@PathVariable UUID importId) {
        return lists.importOf(importId).orElseThrow(() -> new NotFoundException("Screening list import", importId));
    }

    @PostMapping("/api/staff/applications/{id}/screening/hits/{hitId}/adjudication")
    @Operation(summary = "Adjudicate a screening hit as a true match or a false positive, with the reason: BIS")
    ScreeningHitView adjudicate(CurrentUser analyst, @PathVariable UUID id, @PathVariable UUID hitId,
            @RequestBody(required = false) AdjudicationRequest request) {
        return screening.adjudicate(analyst, id, hitId, request);
    }

    private static ListFormat format(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return ListFormat.CSV;
        }
        return type.startsWith("application/json") ? ListFormat.JSON : null;
    }
}
