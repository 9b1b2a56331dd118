package gov.clearance.position;

import java.util.List;

/**
 * An agency's position on a referral.
 *
 * @param type the position
 * @param rationale why; required for every position
 * @param conditions the conditions (riders, provisos) for APPROVE_WITH_CONDITIONS
 * @param statutoryBasis the statute a denial rests on (required for DENY)
 * @param regulatoryBasis the regulation a denial rests on (required for DENY)
 * @param missingInformation what the agency needs (required for RETURN_WITHOUT_ACTION)
 * @param adoptedConditions conditions the agency's components recommended, carried over after {@code conditions}
 */
public record PositionRequest(PositionType type, String rationale, List<String> conditions, String statutoryBasis,
        String regulatoryBasis, String missingInformation, List<AdoptedCondition> adoptedConditions) {

    public PositionRequest {
        conditions = conditions == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(conditions));
        adoptedConditions = adoptedConditions == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(adoptedConditions));
    }

    /** A position that adopts no component's condition. */
    public PositionRequest(PositionType type, String rationale, List<String> conditions, String statutoryBasis,
            String regulatoryBasis, String missingInformation) {
        this(type, rationale, conditions, statutoryBasis, regulatoryBasis, missingInformation, List.of());
    }
}
