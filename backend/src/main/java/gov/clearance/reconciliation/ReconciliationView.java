package gov.clearance.reconciliation;

import gov.clearance.position.PositionType;
import gov.clearance.referral.ProposedOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The comparison of BIS's proposed outcome with every agency position. */
public record ReconciliationView(UUID id, UUID applicationId, ProposedOutcome proposedOutcome, Verdict verdict,
        Instant reconciledAt, List<PositionVerdict> positions) {

    /** How one agency's position compares with BIS's proposed outcome. */
    public record PositionVerdict(UUID positionId, String agency, PositionType positionType, Verdict verdict) {
    }
}
