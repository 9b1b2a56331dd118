package gov.clearance.position;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An internal assessment and, once recorded, its result. Visible only within the agency. */
public record AssessmentView(UUID id, UUID referralId, UUID applicationId, String component, String instructions,
        String requestedBy, Instant requestedAt, PositionType recommendation, String rationale,
        List<String> conditions, String recordedBy, Instant recordedAt) {

    public boolean recorded() {
        return recommendation != null;
    }
}
