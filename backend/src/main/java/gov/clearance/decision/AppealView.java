package gov.clearance.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appeal up the ladder, with the board's votes once cast. */
public record AppealView(UUID id, UUID applicationId, EscalationLevel toLevel, String agency, String signatoryName,
        String signatoryTitle, boolean senateConfirmed, String statutoryBasis, String regulatoryBasis,
        String statement, String filedBy, String filedByAgency, Instant filedAt, List<BoardVoteView> votes) {
}
