package gov.clearance.workflow;

import static gov.clearance.workflow.LicenseApplicationProcess.VAR_AGENCY;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes the rows the upgrade's migration copied from the engine's open tasks: the migration wrote what SQL
 * can read (case, type, group, assignee, the application's facts); the deadlines, referral, assessment and an
 * assessment's agency are counted here, once, when the application starts.
 */
@Component
class TaskQueueBackfill {

    private final TaskQueueWriter writer;
    private final TaskService tasks;

    TaskQueueBackfill(TaskQueueWriter writer, TaskService tasks) {
        this.writer = writer;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void completeCopiedRows() {
        writer.completePendingRows(taskId -> (String) tasks.getVariable(taskId, VAR_AGENCY));
    }
}
