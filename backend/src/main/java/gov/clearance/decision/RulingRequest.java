package gov.clearance.decision;

import gov.clearance.intake.Outcome;

/** A ruling by the Operating Committee chair, or the President's decision as recorded by an administrator. */
public record RulingRequest(Outcome outcome, String rationale) {
}
