package gov.clearance.workflow;

import gov.clearance.reconciliation.ReconciliationView;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.reconciliation.Verdict;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_ReconcilePositions}: compares every position with BIS's proposed outcome.
 * A case blocked by a return without action goes the way of an agreed one, to BIS's decision task:
 * the model has no path of its own for it yet, and there the domain lets BIS only return the
 * application until the agency records a new position, which reconciles the case again
 * ({@link CaseProcessDriver}).
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
        Verdict routing = result.verdict() == Verdict.BLOCKED ? Verdict.AGREE : result.verdict();
        execution.setVariable(LicenseApplicationProcess.VAR_RECONCILIATION_VERDICT, routing.name());
    }
}
