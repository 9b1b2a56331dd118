package gov.clearance.referral;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff: BIS review")
class ReviewController {

    private final Referrals referrals;
    private final Reclassifications reclassifications;

    ReviewController(Referrals referrals, Reclassifications reclassifications) {
        this.referrals = referrals;
        this.reclassifications = reclassifications;
    }

    @PostMapping("/api/staff/applications/{id}/reclassifications")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "Reclassify items of the case (BIS analyst): corrected ECCNs with a rationale; the case is "
            + "determined again with them")
    ReclassificationView reclassify(CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) ReclassificationRequest request) {
        return reclassifications.record(user, id, request);
    }

    @PostMapping("/api/staff/applications/{id}/review")
    @Operation(summary = "Record the BIS review: refer, request information, return without action, "
            + "license not required, or decide without referral")
    BisReviewView review(CurrentUser user, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        return referrals.review(user, id, request);
    }

    @GetMapping("/api/staff/agencies")
    @Operation(summary = "The agencies and components known to the system")
    List<AgencyView> agencies() {
        return referrals.agencies();
    }
}
