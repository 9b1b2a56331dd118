package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.util.List;

/**
 * A decision on a case. The agencies' conditions are carried into it automatically with their
 * authorship; {@code conditions} adds the decider's own; {@code conditionChanges} drops or rewords an
 * agency's condition, each only with that agency's recorded consent.
 */
public record DecisionRequest(Outcome outcome, String rationale, List<String> conditions,
        List<ConditionChangeRequest> conditionChanges) {

    public DecisionRequest {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        conditionChanges = conditionChanges == null ? List.of() : List.copyOf(conditionChanges);
    }
}
