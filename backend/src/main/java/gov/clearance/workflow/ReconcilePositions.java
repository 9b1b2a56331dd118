package gov.clearance.workflow;

import gov.clearance.reconciliation.ReconciliationView;
import gov.clearance.reconciliation.Reconciliations;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_ReconcilePositions}: compares every position with BIS's proposed outcome. The verdict
 * routes the case: AGREE to BIS's decision, DISPUTE to the Operating Committee, BLOCKED (an agency's return without
 * action stands) to {@code Task_DecideBlocked}, which the agency's new position interrupts to reconcile again.
 */
@Component("reconcilePositions")
class ReconcilePositions implements JavaDelegate {

    private final Reconciliations reconciliations;

    ReconcilePositions(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReconciliationView result = reconciliations.reconcile(UUID.fromString(execution.getProcessBusinessKey()));
        execution.setVariable(LicenseApplicationProcess.VAR_RECONCILIATION_VERDICT, result.verdict().name());
    }
}
