package gov.clearance.workflow;

import gov.clearance.decision.Decisions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code Task_MakeDenialFinal}: the intended denial becomes the decision. */
@Component("makeDenialFinal")
class MakeDenialFinal implements JavaDelegate {

    private final Decisions decisions;

    MakeDenialFinal(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.finalizeDenial(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
