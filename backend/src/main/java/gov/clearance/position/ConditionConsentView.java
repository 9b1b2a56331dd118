package gov.clearance.position;

import java.time.Instant;
import java.util.UUID;

/** An agency's recorded consent to a change of one of its conditions. */
public record ConditionConsentView(UUID id, UUID referralId, UUID applicationId, String agency, int conditionSequence,
        ConditionChange change, String wording, String rationale, String givenBy, String givenByAgency,
        Instant givenAt) {
}
