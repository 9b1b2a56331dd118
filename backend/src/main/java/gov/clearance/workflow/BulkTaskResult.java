package gov.clearance.workflow;

/**
 * What became of one task of a bulk action: its HTTP status as the single action would answer it (200; 404 for
 * a task the person does not see or that does not exist; 403; 409 when it is claimed by someone else or was
 * completed; 400), the task after the action, or why it was refused.
 */
public record BulkTaskResult(String taskId, int status, TaskView task, String detail) {
}
