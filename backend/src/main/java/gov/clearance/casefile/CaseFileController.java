package gov.clearance.casefile;

import gov.clearance.workflow.CaseProcessView;
import gov.clearance.referral.CaseClassification;
import gov.clearance.screening.CaseScreeningView;
import gov.clearance.audit.AuditEntryView;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationSearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaseFileController {

    private final CaseFiles caseFiles;
    private final InternalNotes notes;

    CaseFileController(CaseFiles caseFiles, InternalNotes notes) {
        this.caseFiles = caseFiles;
        this.notes = notes;
    }

    @GetMapping("/api/applicant/applications")
    @Tag(name = "Applicant")
    @Operation(summary = "The applications of the caller's organization")
    List<ApplicantCaseView> applicantCases(CurrentUser user) {
        return caseFiles.applicantCases(user);
    }

    @GetMapping("/api/applicant/applications/{id}")
    @Tag(name = "Applicant")
    @Operation(summary = "One application of the caller's organization")
    ApplicantCaseView applicantCase(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.applicantCase(user, id);
    }

    @GetMapping("/api/applicant/applications/{id}/timeline")
    @Tag(name = "Applicant")
    @Operation(summary = "The application's history as its applicant may see it, oldest first")
    List<ApplicantTimelineEntry> applicantTimeline(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.applicantTimeline(user, id);
    }

    @GetMapping("/api/staff/applications")
    @Tag(name = "Staff: cases")
    @Operation(summary = "Search registered applications")
    ApplicationSearchResults search(CurrentUser user, @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String eccn,
            @RequestParam(required = false) String country, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return caseFiles.search(user, status, agency, eccn, country, text, page, size);
    }

    @GetMapping("/api/staff/applications/{id}")
    @Tag(name = "Staff: cases")
    @Operation(summary = "Everything the caller may see of a case")
    StaffCaseView staffCase(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.staffCase(user, id);
    }

    @GetMapping("/api/staff/applications/{id}/classification")
    @Tag(name = "Staff: cases")
    @Operation(summary = "Whether a license is required and why, and the agencies suggested for referral")
    CaseClassification classification(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.classification(user, id);
    }

    @GetMapping("/api/admin/dashboard")
    @Tag(name = "Administration")
    @Operation(summary = "Cases by status, overdue deadlines by stage, median days per stage")
    Dashboard dashboard(CurrentUser user) {
        return caseFiles.dashboard(user);
    }

    @GetMapping("/api/staff/applications/{id}/process")
    @Tag(name = "Staff: cases")
    @Operation(summary = "The case's process model with the steps it is at and has passed through")
    CaseProcessView process(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.process(user, id);
    }

    @GetMapping("/api/staff/applications/{id}/screening")
    @Tag(name = "Staff: cases")
    @Operation(summary = "The parties' screening against the Consolidated Screening List: hits and adjudications")
    CaseScreeningView screening(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.screening(user, id);
    }

    @GetMapping("/api/staff/applications/{id}/timeline")
    @Tag(name = "Staff: cases")
    @Operation(summary = "The case's audit trail, oldest first")
    List<AuditEntryView> timeline(CurrentUser user, @PathVariable UUID id) {
        return caseFiles.timeline(user, id);
    }

    @GetMapping("/api/staff/applications/{id}/notes")
    @Tag(name = "Staff: cases")
    @Operation(summary = "The caller's agency's internal notes on a case, oldest first")
    List<InternalNoteView> notes(CurrentUser user, @PathVariable UUID id) {
        return notes.readable(user, id);
    }

    @PostMapping("/api/staff/applications/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "Staff: cases")
    @Operation(summary = "Keep an internal note on a case, readable only within the caller's agency")
    InternalNoteView writeNote(CurrentUser user, @PathVariable UUID id, @RequestBody InternalNoteRequest request) {
        return notes.write(user, id, request);
    }
}
