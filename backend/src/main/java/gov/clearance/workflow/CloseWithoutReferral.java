package gov.clearance.workflow;

import gov.clearance.decision.Decisions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code Task_CloseWithoutReferral}: returns the case without action, or as license not required. */
@Component("closeWithoutReferral")
class CloseWithoutReferral implements JavaDelegate {

    private final Decisions decisions;

    CloseWithoutReferral(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.closeWithoutReferral(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
