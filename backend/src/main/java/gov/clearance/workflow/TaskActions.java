package gov.clearance.workflow;

import gov.clearance.identity.CurrentUser;
import java.util.List;

/**
 * What a person may do with a task now (claim it, release it, give it to someone): answered by the access
 * policy, which this module does not know; the policy's module provides the one implementation.
 */
public interface TaskActions {

    /** The actions ({@code CLAIM_TASK}, {@code RELEASE_TASK}, {@code ASSIGN_TASK}) the person may take now. */
    List<String> allowedOn(CurrentUser user, TaskView task);

    /**
     * Refuses the action ({@code CLAIM_TASK}, {@code RELEASE_TASK}, {@code ASSIGN_TASK}) on the task unless the
     * person may take it, as the policy refuses the single endpoints: not found when they do not see the task's
     * case (or there is no such task), forbidden when they may never take it. For bulk actions, which name their
     * tasks in the body.
     */
    void require(CurrentUser user, String taskId, String action);
}
