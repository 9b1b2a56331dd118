package gov.clearance.workflow;

import gov.clearance.identity.CurrentUser;
import java.util.List;

/**
 * What a person may do with a task now (claim it, release it): answered by the access policy, which this
 * module does not know; the policy's module provides the one implementation.
 */
public interface TaskActions {

    /** The actions ({@code CLAIM_TASK}, {@code RELEASE_TASK}) the person may take on the task now. */
    List<String> allowedOn(CurrentUser user, TaskView task);
}
