package gov.clearance.deadline;

import java.time.LocalDate;

/**
 * A licensing analyst holds the case without action.
 *
 * @param needAroseOn for a pre-license check: the day the need for it arose (the clock stops only if
 *     the check is requested within 5 days of that)
 */
public record HoldRequest(HoldReason reason, String why, LocalDate needAroseOn) {
}
