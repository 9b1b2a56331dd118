package gov.clearance.position;

import java.util.UUID;

/**
 * An agency recorded its position on a referral.
 *
 * @param supersedes the return without action this position replaces, or null for the agency's first position
 */
public record PositionRecorded(UUID applicationId, UUID referralId, UUID positionId, String agency,
        PositionType type, String recordedBy, UUID supersedes) {
}
