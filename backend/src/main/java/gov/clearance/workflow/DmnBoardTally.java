package gov.clearance.workflow;

import gov.clearance.decision.BoardTally;
import gov.clearance.intake.Outcome;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates the decision table {@code bpmn/board-vote.dmn} for an appeal's votes. */
@Component
class DmnBoardTally implements BoardTally {

    private final DecisionService decisions;

    DmnBoardTally(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Outcome outcome(int approvals, int denials, Outcome standing) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(LicenseApplicationProcess.DECISION_BOARD_VOTE)
                .variables(Map.of("approvals", approvals, "denials", denials, "standing", standing.name()))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("The board vote table has no rule for " + approvals + " to " + denials);
        }
        return Outcome.valueOf(result.getEntry("outcome"));
    }
}
