package gov.clearance.workflow;

import java.util.List;

/**
 * One action on many tasks (at most {@value CaseTasks#BULK_LIMIT}): {@code CLAIM}, {@code RELEASE}, or
 * {@code ASSIGN} to {@code assignee}.
 */
public record BulkTaskRequest(String action, List<String> taskIds, String assignee) {
}
