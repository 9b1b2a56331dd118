package gov.clearance.deadline;

import java.util.UUID;

/** A case with a deadline that passed unmet, for the licensing analysts' attention. */
public record OverdueCase(UUID applicationId, String controlNumber, int processingDay, DeadlineView deadline) {
}
