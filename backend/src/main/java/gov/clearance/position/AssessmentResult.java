package gov.clearance.position;

import java.util.List;

/** A component's internal assessment: its recommendation, why, and any conditions it proposes. */
public record AssessmentResult(PositionType recommendation, String rationale, List<String> conditions) {

    public AssessmentResult {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
