package gov.clearance.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * BIS finished a review of a case; the workflow routes the case by its action.
 *
 * @param respondBy for a question to the applicant, the last day for their answer
 * @param whileAwaitingApplicant whether BIS returned the case while it awaited the applicant's answer
 */
public record BisReviewRecorded(UUID applicationId, UUID reviewId, ReviewAction action, List<String> agencies,
        String reviewedBy, LocalDate respondBy, boolean whileAwaitingApplicant) {
}
