package gov.clearance.decision;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntentToDenyController {

    private final IntentsToDeny intents;

    IntentToDenyController(IntentsToDeny intents) {
        this.intents = intents;
    }

    @PostMapping("/api/staff/applications/{id}/intent-to-deny")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "Staff: decisions")
    @Operation(summary = "Analyst: notify the applicant that BIS intends to deny (15 CFR 750.6)")
    IntentToDenyView issue(CurrentUser user, @PathVariable UUID id, @RequestBody IntentToDenyRequest request) {
        return intents.issue(user, id, request);
    }

    @PostMapping("/api/staff/applications/{id}/intent-to-deny/withdrawal")
    @Tag(name = "Staff: decisions")
    @Operation(summary = "Analyst: withdraw the intent to deny and decide the case again")
    IntentToDenyView withdraw(CurrentUser user, @PathVariable UUID id,
            @RequestBody IntentRequests.Withdrawal request) {
        return intents.withdraw(user, id, request);
    }

    @PostMapping("/api/applicant/applications/{id}/intent-to-deny/response")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "Applicant")
    @Operation(summary = "Respond to a notice of intent to deny, within 20 days")
    IntentToDenyView respond(CurrentUser user, @PathVariable UUID id, @RequestBody IntentRequests.Response request) {
        return intents.respond(user, id, request);
    }

    @PostMapping("/api/applicant/applications/{id}/intent-to-deny/appeal")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "Applicant")
    @Operation(summary = "Appeal the denial to the Under Secretary, within 45 days of the notice (15 CFR part 756)")
    IntentToDenyView appeal(CurrentUser user, @PathVariable UUID id, @RequestBody IntentRequests.Appeal request) {
        return intents.appeal(user, id, request);
    }

    @PostMapping("/api/staff/denial-appeals/{id}/decision")
    @Tag(name = "Staff: decisions")
    @Operation(summary = "Administrator: record the Under Secretary's decision on an appeal of a denial")
    IntentToDenyView decideAppeal(CurrentUser user, @PathVariable UUID id,
            @RequestBody IntentRequests.AppealDecision request) {
        return intents.decideAppeal(user, id, request);
    }
}
