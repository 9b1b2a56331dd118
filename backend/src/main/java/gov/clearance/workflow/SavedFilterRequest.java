package gov.clearance.workflow;

/** A filter of the task queue to keep under a name. */
public record SavedFilterRequest(String name, TaskFilter query) {
}
