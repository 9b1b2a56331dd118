package gov.clearance.workflow;

import gov.clearance.position.PositionType;
import gov.clearance.reconciliation.PositionComparison;
import gov.clearance.reconciliation.Verdict;
import gov.clearance.referral.ProposedOutcome;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates the decision table {@code bpmn/position-reconciliation.dmn} for one position. */
@Component
class DmnPositionComparison implements PositionComparison {

    private final DecisionService decisions;

    DmnPositionComparison(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Verdict compare(ProposedOutcome proposed, PositionType position) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(LicenseApplicationProcess.DECISION_POSITION_RECONCILIATION)
                .variables(Map.of("proposedOutcome", proposed.name(), "positionType", position.name()))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("The reconciliation table has no rule for " + proposed + " / " + position);
        }
        return Verdict.valueOf(result.getEntry("verdict"));
    }
}
