package gov.clearance.workflow;

import gov.clearance.decision.Decisions;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_IssueLicense}. It runs after an asynchronous continuation, so a failure
 * here is retried by the job executor and never rolls back the decision itself.
 */
@Component("issueLicense")
class IssueLicense implements JavaDelegate {

    private final Decisions decisions;

    IssueLicense(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var license = decisions.issueLicense(UUID.fromString(execution.getProcessBusinessKey()));
        execution.setVariable("licenseNumber", license.licenseNumber());
    }
}
