package gov.clearance.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A BIS review as staff see it.
 *
 * @param respondBy for a question to the applicant, the last day (US Eastern) for their answer
 */
public record BisReviewView(UUID id, UUID applicationId, ReviewAction action, ProposedOutcome proposedOutcome,
        String analysis, String question, List<String> deficiencies, List<String> agencies, String reviewedBy,
        String reviewerAgency, Instant reviewedAt, LocalDate respondBy) {
}
