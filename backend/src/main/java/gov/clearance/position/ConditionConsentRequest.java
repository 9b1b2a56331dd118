package gov.clearance.position;

/**
 * An agency consents to BIS changing one of the conditions of its position.
 *
 * @param conditionSequence which condition (its number in the agency's position, from 1)
 * @param wording the new wording the agency accepts, for {@link ConditionChange#REWORD} only
 * @param rationale why the agency agrees
 */
public record ConditionConsentRequest(Integer conditionSequence, ConditionChange change, String wording,
        String rationale) {
}
