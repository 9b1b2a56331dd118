package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.VAR_DECISION_OUTCOME;
import static gov.clearance.workflow.LicenseApplicationProcess.VAR_LICENSE_GRANTED;

import gov.clearance.decision.DecisionView;
import gov.clearance.decision.Decisions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code Task_MakeRulingFinal}: the standing ruling becomes the case's decision. */
@Component("makeRulingFinal")
class MakeRulingFinal implements JavaDelegate {

    private final Decisions decisions;

    MakeRulingFinal(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionView decision = decisions.finalizeStandingRuling(UUID.fromString(execution.getProcessBusinessKey()));
        execution.setVariable(VAR_DECISION_OUTCOME, decision.outcome().name());
        execution.setVariable(VAR_LICENSE_GRANTED, decision.outcome().grantsLicense());
    }
}
