package gov.clearance.position;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff: agency positions")
class PositionController {

    private final Positions positions;
    private final ConditionConsents consents;

    PositionController(Positions positions, ConditionConsents consents) {
        this.positions = positions;
        this.consents = consents;
    }

    @PostMapping("/api/staff/referrals/{id}/position")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the agency's position on a referral")
    PositionView recordPosition(CurrentUser user, @PathVariable UUID id, @RequestBody PositionRequest request) {
        return positions.recordPosition(user, id, request);
    }

    @PostMapping("/api/staff/positions/{id}/supplied-information")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "BIS: supply the information an agency's return without action asked for")
    SuppliedInformationView supplyInformation(CurrentUser user, @PathVariable UUID id,
            @RequestBody SupplyInformationRequest request) {
        return positions.supplyInformation(user, id, request);
    }

    @PostMapping("/api/staff/referrals/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Arbiter: request internal assessments from the agency's components")
    List<AssessmentView> requestAssessments(CurrentUser user, @PathVariable UUID id,
            @RequestBody AssessmentRequest request) {
        return positions.requestAssessments(user, id, request);
    }

    @PostMapping("/api/staff/assessments/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Component: record an internal assessment")
    AssessmentView recordAssessment(CurrentUser user, @PathVariable UUID id, @RequestBody AssessmentResult result) {
        return positions.recordAssessment(user, id, result);
    }

    @PostMapping("/api/staff/referrals/{id}/condition-consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Agency: consent to BIS dropping or rewording one of its conditions")
    ConditionConsentView consent(CurrentUser user, @PathVariable UUID id, @RequestBody ConditionConsentRequest request) {
        return consents.consent(user, id, request);
    }
}
