package gov.clearance.workflow;

/** To whom a task is given: the user name of a person of the agency (or component) it is offered to. */
public record AssignmentRequest(String assignee) {
}
