package gov.clearance.position;

import java.util.UUID;

/** A component recorded its internal assessment. */
public record AssessmentRecorded(UUID applicationId, UUID referralId, UUID assessmentId, String component,
        String recordedBy) {
}
