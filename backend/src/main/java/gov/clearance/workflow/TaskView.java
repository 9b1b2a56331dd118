package gov.clearance.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A piece of work waiting for someone at an agency.
 *
 * @param type BIS_REVIEW, AGENCY_REVIEW, COMPONENT_ASSESSMENT, DECISION or OC_DECISION
 * @param agency the agency or component (or OPERATING_COMMITTEE) the task is offered to
 * @param referralId for agency reviews and assessments, the referral the work answers
 * @param assessmentId for component assessments, the assessment to record
 * @param allowedActions what the person reading the list may do with the task now (CLAIM_TASK, RELEASE_TASK),
 *        as the access policy answers it; empty where no person is asking
 */
public record TaskView(String id, String type, String name, UUID applicationId, String controlNumber, String agency,
        Instant created, Instant due, String assignee, UUID referralId, UUID assessmentId,
        List<String> allowedActions) {

    public TaskView {
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    TaskView allowing(List<String> actions) {
        return new TaskView(id, type, name, applicationId, controlNumber, agency, created, due, assignee, referralId,
                assessmentId, actions);
    }
}
