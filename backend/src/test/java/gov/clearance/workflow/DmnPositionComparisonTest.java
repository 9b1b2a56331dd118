package gov.clearance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.position.PositionType;
import gov.clearance.reconciliation.Verdict;
import gov.clearance.referral.ProposedOutcome;
import org.junit.jupiter.api.Test;

/**
 * The comparison the reconciliation uses: each position against BIS's proposed outcome, by the table
 * {@code bpmn/position-reconciliation.dmn}, the same whichever pairs were compared before and however often.
 */
class DmnPositionComparisonTest {

    @Test
    void everyPositionIsComparedWithEveryProposedOutcomeAsTheTableSaysWhateverCameBefore() {
        DmnPositionComparison forwards = new DmnPositionComparison();
        DmnPositionComparison backwards = new DmnPositionComparison();
        ProposedOutcome[] outcomes = ProposedOutcome.values();
        PositionType[] types = PositionType.values();
        for (int round = 0; round < 2; round++) {
            for (ProposedOutcome proposed : outcomes) {
                for (PositionType position : types) {
                    assertThat(forwards.compare(proposed, position)).as("%s against %s", position, proposed)
                            .isEqualTo(expected(proposed, position));
                }
            }
            for (int i = outcomes.length - 1; i >= 0; i--) {
                for (int j = types.length - 1; j >= 0; j--) {
                    assertThat(backwards.compare(outcomes[i], types[j])).as("%s against %s", types[j], outcomes[i])
                            .isEqualTo(expected(outcomes[i], types[j]));
                }
            }
        }
    }

    /** DOMAIN.md, Reconciliation: an approval meeting a denial is a dispute; a return without
     * action blocks; anything else, a deemed no-objection included, agrees. */
    private static Verdict expected(ProposedOutcome proposed, PositionType position) {
        if (position == PositionType.RETURN_WITHOUT_ACTION) {
            return Verdict.BLOCKED;
        }
        boolean proposesApproval = proposed != ProposedOutcome.DENY;
        boolean agencyApproves = position == PositionType.APPROVE || position == PositionType.APPROVE_WITH_CONDITIONS;
        boolean approvalMeetsDenial = proposesApproval && position == PositionType.DENY
                || !proposesApproval && agencyApproves;
        return approvalMeetsDenial ? Verdict.DISPUTE : Verdict.AGREE;
    }
}
