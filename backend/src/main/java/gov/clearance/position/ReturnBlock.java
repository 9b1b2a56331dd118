package gov.clearance.position;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agency's current return without action, which blocks BIS's decision (DOMAIN.md,
 * Reconciliation): until BIS supplies what is missing and the agency records a new position, BIS
 * may only return the application.
 *
 * @param positionId the return without action
 * @param missingInformation what the agency said it needs
 * @param supplied what BIS has supplied since, oldest first
 * @param mustAct who must act next: {@code BIS} until it has supplied something, then the agency
 * @param nextStep what that is, in words
 */
public record ReturnBlock(String agency, UUID referralId, UUID positionId, String missingInformation,
        String returnedBy, Instant returnedAt, List<SuppliedInformationView> supplied, String mustAct,
        String nextStep) {
}
