package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.VAR_DECISION_OUTCOME;
import static gov.clearance.workflow.LicenseApplicationProcess.VAR_LADDER_DENIED;
import static gov.clearance.workflow.LicenseApplicationProcess.VAR_LICENSE_GRANTED;

import gov.clearance.decision.DecisionView;
import gov.clearance.decision.Decisions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_MakeRulingFinal}: the standing ruling becomes the case's decision, unless it denies:
 * then the case waits at {@code Task_NoticeLadderDenial} for BIS's notice of intent to deny.
 */
@Component("makeRulingFinal")
class MakeRulingFinal implements JavaDelegate {

    private final Decisions decisions;

    MakeRulingFinal(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID applicationId = UUID.fromString(execution.getProcessBusinessKey());
        boolean denied = decisions.awaitNoticeOfLadderDenial(applicationId);
        execution.setVariable(VAR_LADDER_DENIED, denied);
        if (denied) {
            return; // BIS issues the notice of intent to deny; the denial becomes final through it
        }
        DecisionView decision = decisions.finalizeStandingRuling(applicationId);
        execution.setVariable(VAR_DECISION_OUTCOME, decision.outcome().name());
        execution.setVariable(VAR_LICENSE_GRANTED, decision.outcome().grantsLicense());
    }
}
