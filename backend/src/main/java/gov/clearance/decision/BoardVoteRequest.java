package gov.clearance.decision;

import gov.clearance.intake.Outcome;

/** A member agency's vote on an appeal: APPROVED or DENIED, with its reasons. */
public record BoardVoteRequest(Outcome vote, String rationale) {
}
