package gov.clearance.decision;

import java.util.UUID;

/** A rung of the ladder ruled; a person's ruling completes their task in the process. */
public record RulingRecorded(UUID applicationId, UUID rulingId, EscalationLevel level, String ruledBy) {
}
