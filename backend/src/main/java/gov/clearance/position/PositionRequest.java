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
 */
public record PositionRequest(PositionType type, String rationale, List<String> conditions, String statutoryBasis,
        String regulatoryBasis, String missingInformation) {

    public PositionRequest {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
