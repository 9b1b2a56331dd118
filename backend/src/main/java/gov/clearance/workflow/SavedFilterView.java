package gov.clearance.workflow;

import java.time.Instant;
import java.util.UUID;

/** A person's saved filter of the task queue: its name and the query it runs. */
public record SavedFilterView(UUID id, String name, TaskFilter query, Instant createdAt) {
}
