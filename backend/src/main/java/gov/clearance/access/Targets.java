package gov.clearance.access;

import gov.clearance.access.GuardedEndpoints.Kind;
import gov.clearance.decision.EscalationLadder;
import gov.clearance.decision.IntentsToDeny;
import gov.clearance.deadline.Holds;
import gov.clearance.position.Positions;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.NotFoundException;
import gov.clearance.workflow.CaseTasks;
import gov.clearance.workflow.TaskView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds the case an id belongs to, and what the policy needs to know of the thing it names; nothing else. */
@Component
class Targets {

    private final Referrals referrals;
    private final Positions positions;
    private final EscalationLadder escalation;
    private final IntentsToDeny intents;
    private final Holds holds;
    private final CaseTasks tasks;

    Targets(Referrals referrals, Positions positions, EscalationLadder escalation, IntentsToDeny intents,
            Holds holds, CaseTasks tasks) {
        this.referrals = referrals;
        this.positions = positions;
        this.escalation = escalation;
        this.intents = intents;
        this.holds = holds;
        this.tasks = tasks;
    }

    /** The target the id names, or a 404 when there is none (the same 404 as for a case one may not see). */
    Target resolve(Kind kind, String id) {
        Optional<Target> found = switch (kind) {
            case APPLICATION -> uuid(id).map(Target::ofCase);
            case REFERRAL -> uuid(id).flatMap(this::referral)
                    .map(referral -> new Target(referral.applicationId(), "Referral", id, referral.agency(), null,
                            null));
            case POSITION -> uuid(id).flatMap(positions::position)
                    .map(position -> new Target(position.applicationId(), "Position", id, position.agency(), null,
                            null));
            case ASSESSMENT -> uuid(id).flatMap(positions::assessment)
                    .map(assessment -> new Target(assessment.applicationId(), "Assessment", id,
                            referral(assessment.referralId()).map(ReferralView::agency).orElse(null),
                            assessment.component(), null));
            case APPEAL -> uuid(id).flatMap(escalation::appeal)
                    .map(appeal -> new Target(appeal.applicationId(), "Appeal", id, null, null, null));
            case DENIAL_APPEAL -> uuid(id).flatMap(intents::caseOfAppeal)
                    .map(caseId -> new Target(caseId, "Appeal", id, null, null, null));
            case HOLD -> uuid(id).flatMap(holds::caseOfHold)
                    .map(caseId -> new Target(caseId, "Hold", id, null, null, null));
            // a completed task still names its case: who sees it and was offered the task hears it is done (409)
            case TASK -> tasks.task(id).or(() -> tasks.completedTask(id)).map(Targets::task);
        };
        return found.orElseThrow(() -> new NotFoundException(noun(kind), id));
    }

    static String noun(Kind kind) {
        return switch (kind) {
            case APPLICATION -> "Application";
            case REFERRAL -> "Referral";
            case POSITION -> "Position";
            case ASSESSMENT -> "Assessment";
            case APPEAL, DENIAL_APPEAL -> "Appeal";
            case HOLD -> "Hold";
            case TASK -> "Task";
        };
    }

    private static Target task(TaskView task) {
        return new Target(task.applicationId(), "Task", task.id(), null, null, task.agency());
    }

    private Optional<ReferralView> referral(UUID referralId) {
        try {
            return Optional.of(referrals.referral(referralId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
