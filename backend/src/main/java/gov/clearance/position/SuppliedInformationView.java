package gov.clearance.position;

import java.time.Instant;
import java.util.UUID;

/**
 * What BIS supplied to an agency that returned the case without action. Staff of BIS and of that
 * agency see it; never shown to applicants.
 *
 * @param positionId the agency's return without action this answers
 */
public record SuppliedInformationView(UUID id, UUID positionId, UUID referralId, String agency, String information,
        String suppliedBy, Instant suppliedAt) {
}
