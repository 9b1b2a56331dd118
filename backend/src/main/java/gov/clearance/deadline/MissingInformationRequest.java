package gov.clearance.deadline;

/** A referred agency tells BIS what information it lacks to assess the case. */
public record MissingInformationRequest(String missing) {
}
