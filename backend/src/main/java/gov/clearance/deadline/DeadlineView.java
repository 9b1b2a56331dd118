package gov.clearance.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline of a case.
 *
 * @param agency the agency it binds, for an agency's review; otherwise {@code null}
 * @param processingDay the day of the processing clock by the end of which it must be met
 * @param dueOn the calendar date (US Eastern) of that day, moving later with every hold
 * @param dueBy the moment it passes: the start of the next day, US Eastern
 * @param metAt when it was met, or {@code null}
 * @param metBySystem whether the system met it as the regulation says it must when nobody acts: an agency
 *     silent at its deadline is deemed to have no objection (15 CFR 750.4(e)), so its deadline is met,
 *     never overdue
 * @param overdue whether it passed unmet
 */
public record DeadlineView(DeadlineKind kind, String what, String agency, int processingDay, LocalDate dueOn,
        Instant dueBy, Instant metAt, boolean metBySystem, boolean overdue) {
}
