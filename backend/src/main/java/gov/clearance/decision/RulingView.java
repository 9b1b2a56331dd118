package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.time.Instant;
import java.util.UUID;

/** A ruling at one rung of the escalation ladder; the last one becomes the decision when no appeal follows. */
public record RulingView(UUID id, UUID applicationId, EscalationLevel level, Outcome outcome, String rationale,
        String ruledBy, String ruledByAgency, Instant ruledAt) {
}
