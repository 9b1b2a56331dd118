package gov.clearance.deadline;

/** Ends a hold, saying what ended it (the answer arrived, the check came back, ...). */
public record HoldReleaseRequest(String note) {
}
