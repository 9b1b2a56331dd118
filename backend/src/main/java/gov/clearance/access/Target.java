package gov.clearance.access;

import java.util.UUID;

/**
 * What an endpoint acts on, resolved to its case: the case itself, or one of its referrals, positions,
 * assessments, appeals, holds or tasks, with what the policy needs to know of it.
 *
 * @param caseId the case (application) it belongs to
 * @param noun what the id names, as a refusal says it ("Referral", "Task")
 * @param id the id as the request gave it
 * @param agency the agency a referral, position or assessment belongs to, else {@code null}
 * @param component the component an assessment is asked of, else {@code null}
 * @param taskGroup the group a task is offered to, else {@code null}
 */
record Target(UUID caseId, String noun, String id, String agency, String component, String taskGroup) {

    static final String BIS = gov.clearance.referral.Referrals.LICENSING_AGENCY;

    static Target ofCase(UUID caseId) {
        return new Target(caseId, "Application", caseId.toString(), null, null, null);
    }
}
