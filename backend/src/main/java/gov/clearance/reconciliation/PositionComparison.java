package gov.clearance.reconciliation;

import gov.clearance.position.PositionType;
import gov.clearance.referral.ProposedOutcome;

/**
 * The rule that says whether one agency position agrees with BIS's proposed outcome. The rule is
 * a decision table that analysts can read (bpmn/position-reconciliation.dmn); the workflow module
 * evaluates it.
 */
public interface PositionComparison {

    Verdict compare(ProposedOutcome proposed, PositionType position);
}
