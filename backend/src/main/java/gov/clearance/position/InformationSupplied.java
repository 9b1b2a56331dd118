package gov.clearance.position;

import java.util.UUID;

/** BIS supplied the information an agency's return without action asked for. */
public record InformationSupplied(UUID applicationId, UUID referralId, UUID positionId, String agency,
        String suppliedBy) {
}
