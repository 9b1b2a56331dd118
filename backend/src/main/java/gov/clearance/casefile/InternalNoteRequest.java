package gov.clearance.casefile;

/** A note to keep on a case, for the writer's agency only. */
public record InternalNoteRequest(String text) {
}
