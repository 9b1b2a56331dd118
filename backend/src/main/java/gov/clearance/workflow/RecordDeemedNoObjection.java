package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.VAR_AGENCY;

import gov.clearance.position.Positions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code Task_RecordDeemedNoObjection}: the agency's deadline passed without a position. */
@Component("recordDeemedNoObjection")
class RecordDeemedNoObjection implements JavaDelegate {

    private final Positions positions;

    RecordDeemedNoObjection(Positions positions) {
        this.positions = positions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        positions.recordDeemedNoObjection(UUID.fromString(execution.getProcessBusinessKey()),
                (String) execution.getVariable(VAR_AGENCY));
    }
}
