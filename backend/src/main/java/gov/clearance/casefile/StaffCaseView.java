package gov.clearance.casefile;

import gov.clearance.access.AllowedAction;
import gov.clearance.referral.CaseClassification;
import gov.clearance.screening.CaseScreeningView;
import gov.clearance.deadline.CaseClockView;
import gov.clearance.decision.DecisionView;
import gov.clearance.decision.IntentToDenyView;
import gov.clearance.decision.LadderView;
import gov.clearance.intake.ApplicationView;
import gov.clearance.position.AssessmentView;
import gov.clearance.position.PositionView;
import gov.clearance.position.ReturnBlock;
import gov.clearance.position.SuppliedInformationView;
import gov.clearance.reconciliation.ReconciliationView;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.workflow.TaskView;
import java.util.List;

/**
 * Everything staff may see of a case: the application, BIS's reviews, the referrals with their
 * positions and assessments (only the caller's own agency's, unless the caller is BIS or the
 * Operating Committee), the returns without action that block BIS's decision with who must act next
 * (likewise only the caller's agency's), the reconciliation result, the conditions a decision will carry, the decision,
 * the open tasks, the processing clock with its holds and every deadline, the escalation ladder, and
 * BIS's latest notice of intent to deny with what followed it; whether a license is required and why, the
 * agencies suggested for referral, and the parties' screening hits; and the actions the caller may take on it
 * now, each with the request it takes (the access policy's answer, so that the UI never works it out itself).
 */
public record StaffCaseView(ApplicationView application, List<BisReviewView> reviews, List<ReferralCase> referrals,
        List<ReturnBlock> returnBlocks, ReconciliationView reconciliation, List<PositionView.ConditionView> proposedConditions,
        DecisionView decision, List<TaskView> openTasks, CaseClockView clock, LadderView ladder,
        IntentToDenyView intentToDeny, CaseClassification classification, CaseScreeningView screening,
        List<AllowedAction> allowedActions) {

    /**
     * A referral with the agency's position as it stands, once recorded; the positions it superseded
     * (returns without action), oldest first; what BIS supplied in answer to them; and the agency's
     * internal assessments.
     */
    public record ReferralCase(ReferralView referral, PositionView position, List<PositionView> supersededPositions,
            List<SuppliedInformationView> suppliedInformation, List<AssessmentView> assessments) {
    }
}
