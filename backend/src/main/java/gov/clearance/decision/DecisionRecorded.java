package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.util.UUID;

/**
 * A case was decided. {@code closesDecisionTask} is true for decisions taken on a decision task
 * (the analyst's or the Operating Committee's), false when BIS's review itself closed the case.
 */
public record DecisionRecorded(UUID applicationId, UUID decisionId, Outcome outcome, DecisionAuthority authority,
        String decidedBy, boolean closesDecisionTask) {
}
