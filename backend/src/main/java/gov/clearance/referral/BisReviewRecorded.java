package gov.clearance.referral;

import java.util.List;
import java.util.UUID;

/** BIS finished a review of a case; the workflow routes the case by its action. */
public record BisReviewRecorded(UUID applicationId, UUID reviewId, ReviewAction action, List<String> agencies,
        String reviewedBy) {
}
