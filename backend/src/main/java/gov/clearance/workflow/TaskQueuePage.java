package gov.clearance.workflow;

import java.util.List;

/**
 * One page of a task queue.
 *
 * @param next the cursor of the next page ({@code after}), or {@code null} on the last page
 */
public record TaskQueuePage(List<TaskView> tasks, String next) {
}
