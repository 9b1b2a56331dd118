package gov.clearance.decision;

import gov.clearance.position.ConditionChange;

/**
 * A change to one agency condition that the decision makes; it needs that agency's recorded consent
 * to exactly this change.
 *
 * @param agency the condition's author agency
 * @param sequence the condition's number in that agency's position
 * @param wording for {@link ConditionChange#REWORD}: the new words, as the agency accepted them
 */
public record ConditionChangeRequest(String agency, Integer sequence, ConditionChange change, String wording) {
}
