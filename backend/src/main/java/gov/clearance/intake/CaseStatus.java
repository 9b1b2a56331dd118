package gov.clearance.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one owner of a case's status: it turns the facts other modules publish ({@link CaseProgress}) into the
 * status they imply, in the same transaction as the fact, so a refused move undoes the fact too.
 */
@Component
class CaseStatus {

    private final Applications applications;

    CaseStatus(Applications applications) {
        this.applications = applications;
    }

    @EventListener
    void on(CaseProgress progress) {
        if (progress instanceof CaseProgress.Referred referred) {
            applications.moveTo(referred.applicationId(), ApplicationStatus.IN_REFERRAL, referred.actor());
        } else if (progress instanceof CaseProgress.InformationRequested asked) {
            applications.requestInformation(asked.applicationId(), asked.question(), asked.respondBy(), asked.actor());
        } else if (progress instanceof CaseProgress.Reconciled reconciled) {
            ApplicationStatus target = reconciled.disputed() ? ApplicationStatus.ESCALATED
                    : ApplicationStatus.IN_RECONCILIATION;
            if (applications.view(reconciled.applicationId()).status() != target) {
                applications.moveTo(reconciled.applicationId(), target, reconciled.actor());
            }
        } else if (progress instanceof CaseProgress.IntentToDenyIssued issued) {
            applications.moveTo(issued.applicationId(), ApplicationStatus.INTENT_TO_DENY, issued.actor());
        } else if (progress instanceof CaseProgress.ReturnedToBis returned) {
            applications.moveTo(returned.applicationId(), ApplicationStatus.IN_RECONCILIATION, returned.actor());
        } else if (progress instanceof CaseProgress.Closed closed) {
            applications.close(closed.applicationId(), closed.outcome(), closed.actor());
        }
    }
}
