package gov.clearance.position;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agency position as staff see it. Never shown to applicants.
 *
 * @param supersedes the agency's earlier position on the referral that this one replaces (a return
 *        without action, once BIS supplied what was missing); null for the agency's first position
 */
public record PositionView(UUID id, UUID referralId, UUID applicationId, String agency, PositionType type,
        String rationale, String statutoryBasis, String regulatoryBasis, String missingInformation,
        List<ConditionView> conditions, String recordedBy, String recordedByAgency, Instant recordedAt,
        UUID supersedes) {

    /** A condition and the agency that wrote it. */
    /** A condition of the position; {@code adoptedFrom} names the component that recommended it, if one did. */
    public record ConditionView(int sequence, String text, String authorAgency, String adoptedFrom) {
    }
}
