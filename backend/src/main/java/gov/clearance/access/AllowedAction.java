package gov.clearance.access;

import java.util.UUID;

/**
 * An action the person may take on the case now, with what it needs: the request to send, the thing it acts
 * on, and the open task that makes it due (if one does).
 *
 * @param action the action
 * @param method the request's method
 * @param path the request's path, its ids filled in
 * @param targetId the referral, position, assessment, appeal or hold the action is on; {@code null} for the case
 * @param task the type of the open task that asks for it (BIS_REVIEW, AGENCY_REVIEW, ...), or {@code null}
 */
public record AllowedAction(CaseAction action, String method, String path, UUID targetId, String task) {
}
