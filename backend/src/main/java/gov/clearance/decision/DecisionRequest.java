package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.util.List;

/**
 * A decision on a case. The agencies' conditions are carried into it automatically with their
 * authorship; {@code conditions} adds the decider's own.
 */
public record DecisionRequest(Outcome outcome, String rationale, List<String> conditions) {

    public DecisionRequest {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
