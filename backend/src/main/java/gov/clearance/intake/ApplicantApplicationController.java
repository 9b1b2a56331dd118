package gov.clearance.intake;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.shared.FieldViolation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's side of intake: drafts, submission and answers to BIS's questions. */
@RestController
@RequestMapping("/api/applicant/applications")
@Tag(name = "Applicant")
class ApplicantApplicationController {

    private final Applications applications;

    ApplicantApplicationController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a new draft application")
    ApplicationView create(CurrentUser user, @RequestBody ApplicationForm form) {
        return applications.create(user, form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the content of a draft (refused once submitted)")
    ApplicationView update(CurrentUser user, @PathVariable UUID id, @RequestBody ApplicationForm form) {
        return applications.update(user, id, form);
    }

    @PostMapping("/validation")
    @Operation(summary = "Check a form as submission would, storing nothing: every problem in one answer")
    FormCheck validate(CurrentUser user, @RequestBody JsonNode form) {
        return new FormCheck(applications.check(user, form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a draft (refused once submitted)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        applications.deleteDraft(user, id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the draft: it is registered with an Application Control Number")
    ApplicationView submit(CurrentUser user, @PathVariable UUID id) {
        return applications.submit(user, id);
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Answer BIS's open question")
    ApplicationView respond(CurrentUser user, @PathVariable UUID id, @RequestBody ApplicantAnswer answer) {
        return applications.respond(user, id, answer.requestId(), answer.answer());
    }

    /**
     * What a check of the form found: each problem with the field it concerns; none when the form could be
     * submitted as it is.
     */
    record FormCheck(List<FieldViolation> errors) {
    }

    /** An answer to an information request; {@code requestId} may be left out while only one question is open. */
    record ApplicantAnswer(UUID requestId, String answer) {
    }
}
