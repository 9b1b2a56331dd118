package gov.clearance.access;

import gov.clearance.decision.IntentToDenyView;
import gov.clearance.decision.LadderView;
import gov.clearance.deadline.HoldView;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.position.ReturnBlock;
import gov.clearance.referral.ReferralView;
import gov.clearance.workflow.TaskView;
import java.util.List;
import java.util.UUID;

/**
 * What a case is waiting for now, as the case view has read it: the facts {@link CasePolicy#allowedActions}
 * turns into the actions a person may take now.
 *
 * @param openTasks the open tasks of the case offered to the person
 * @param referrals the case's referrals
 * @param intentToDeny BIS's latest notice of intent to deny, or {@code null}
 */
public record CaseNow(UUID applicationId, ApplicationStatus status, List<TaskView> openTasks,
        List<ReferralView> referrals, List<ReturnBlock> returnBlocks, List<HoldView> holds, LadderView ladder,
        IntentToDenyView intentToDeny) {
}
