package gov.clearance.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice of intent to deny with what followed it. The applicant reads all of it.
 *
 * @param regulatoryBasis the regulatory basis; empty on notices issued before it was asked apart from the statutory
 * @param windows the last days to respond (20) and to appeal, and the day the denial becomes final (45)
 */
public record IntentToDenyView(UUID id, UUID applicationId, String statutoryBasis, String regulatoryBasis,
        String reasons, String reconsideration,
        String contact, String appealRights, String issuedBy, Instant issuedAt, Windows windows, Response response,
        Withdrawal withdrawal, Appeal appeal) {

    /** Calendar dates (US Eastern) of the last days, counted on the processing clock from the notice. */
    public record Windows(LocalDate respondBy, LocalDate appealBy, LocalDate finalAfter) {
    }

    public record Response(String response, String respondedBy, Instant respondedAt) {
    }

    public record Withdrawal(String rationale, String withdrawnBy, Instant withdrawnAt) {
    }

    /** The applicant's appeal (15 CFR part 756) and, once taken, the Under Secretary's decision on it. */
    public record Appeal(UUID id, String statement, boolean hearingRequested, String filedBy, Instant filedAt,
            DenialAppealOutcome outcome, String rationale, LocalDate hearingHeldOn, String decidedBy,
            Instant decidedAt) {
    }
}
