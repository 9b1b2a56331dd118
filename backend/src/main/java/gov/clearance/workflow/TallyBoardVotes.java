package gov.clearance.workflow;

import gov.clearance.decision.EscalationLadder;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code Task_TallyBoardVotes}: the board rules by the votes cast by its deadline. */
@Component("tallyBoardVotes")
class TallyBoardVotes implements JavaDelegate {

    private final EscalationLadder ladder;

    TallyBoardVotes(EscalationLadder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ladder.tallyBoard(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
