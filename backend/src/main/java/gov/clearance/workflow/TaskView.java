package gov.clearance.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of work waiting for someone at an agency.
 *
 * @param type BIS_REVIEW, AGENCY_REVIEW, COMPONENT_ASSESSMENT, DECISION or OC_DECISION
 * @param agency the agency or component (or OPERATING_COMMITTEE) the task is offered to
 * @param referralId for agency reviews and assessments, the referral the work answers
 * @param assessmentId for component assessments, the assessment to record
 */
public record TaskView(String id, String type, String name, UUID applicationId, String controlNumber, String agency,
        Instant created, Instant due, String assignee, UUID referralId, UUID assessmentId) {
}
