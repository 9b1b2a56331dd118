package gov.clearance.position;

import java.util.UUID;

/**
 * A condition a component recommended in its internal assessment, carried into the agency's position word for
 * word, with the component named as where it came from.
 *
 * @param assessmentId the recorded assessment, on the same referral
 * @param condition the condition's place in the assessment's list, from 1
 */
public record AdoptedCondition(UUID assessmentId, Integer condition) {
}
