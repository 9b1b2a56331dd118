package gov.clearance.position;

import java.util.UUID;

/** An agency recorded its position on a referral. */
public record PositionRecorded(UUID applicationId, UUID referralId, UUID positionId, String agency,
        PositionType type, String recordedBy) {
}
