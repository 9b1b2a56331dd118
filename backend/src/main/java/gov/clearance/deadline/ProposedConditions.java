package gov.clearance.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * Conditions BIS proposes and the applicant is asked to accept; the case is held until they answer.
 *
 * @param holdId the hold that waits for the answer
 * @param conditions the conditions as BIS wrote them
 */
public record ProposedConditions(UUID holdId, String conditions, Instant proposedAt) {
}
