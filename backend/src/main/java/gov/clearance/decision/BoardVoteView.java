package gov.clearance.decision;

import gov.clearance.intake.Outcome;
import java.time.Instant;

/** A member agency's vote: APPROVED or DENIED. */
public record BoardVoteView(String memberAgency, Outcome vote, String rationale, String votedBy, Instant votedAt) {
}
