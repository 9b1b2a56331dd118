package gov.clearance.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A piece of work waiting for someone at an agency, with the facts of its case a task queue shows.
 *
 * @param type BIS_REVIEW, AGENCY_REVIEW, COMPONENT_ASSESSMENT, DECISION, OC_DECISION, ...
 * @param agency the group the task is offered to: the agency, or component (ARMY), or OPERATING_COMMITTEE,
 *        BOARD/&lt;agency&gt;, PRESIDENT, UNDER_SECRETARY
 * @param forAgency the agency whose work it is (DOD for an Army assessment; otherwise the same as {@code agency})
 * @param component for a component assessment, the component asked; otherwise {@code null}
 * @param organization the applicant organization
 * @param destination the destination country (ISO 3166-1 alpha-2)
 * @param processingDay the case's processing day today (it does not advance while the case is held)
 * @param overdue whether the task's deadline passed while the case's clock ran
 * @param claimedAt when the present assignee claimed (or was given) the task
 * @param referralId for agency reviews and assessments, the referral the work answers
 * @param assessmentId for component assessments, the assessment to record
 * @param allowedActions what the person reading the list may do with the task now (CLAIM_TASK, RELEASE_TASK,
 *        ASSIGN_TASK), as the access policy answers it; empty where no person is asking
 */
public record TaskView(String id, String type, String name, UUID applicationId, String controlNumber, String agency,
        String forAgency, String component, String organization, String applicantName, String destination,
        List<String> eccns, BigDecimal totalValue, Integer processingDay, Instant created, Instant due,
        boolean overdue, String assignee, Instant claimedAt, UUID referralId, UUID assessmentId,
        List<String> allowedActions) {

    public TaskView {
        eccns = eccns == null ? List.of() : List.copyOf(eccns);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    TaskView allowing(List<String> actions) {
        return new TaskView(id, type, name, applicationId, controlNumber, agency, forAgency, component, organization,
                applicantName, destination, eccns, totalValue, processingDay, created, due, overdue, assignee,
                claimedAt, referralId, assessmentId, actions);
    }
}
