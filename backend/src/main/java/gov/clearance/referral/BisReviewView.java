package gov.clearance.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A BIS review as staff see it. */
public record BisReviewView(UUID id, UUID applicationId, ReviewAction action, ProposedOutcome proposedOutcome,
        String analysis, String question, List<String> deficiencies, List<String> agencies, String reviewedBy,
        String reviewerAgency, Instant reviewedAt) {
}
