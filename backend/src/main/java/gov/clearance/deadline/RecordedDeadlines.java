package gov.clearance.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A case's deadlines as the deadline module stores them (rows of {@code deadline_clock} and {@code deadline_due}):
 * nothing in them depends on the day they are read. {@link #views} turns them into what the case shows today.
 */
record RecordedDeadlines(UUID applicationId, CaseClock clock, List<Due> deadlines) {

    /**
     * The processing clock as recorded.
     *
     * @param heldDays days held by holds that have ended (the clock counts the days since registration less these)
     * @param heldSince the day the running hold (the earliest, if several) began; {@code null} when none runs
     * @param dayAtHold the processing day reached on {@code heldSince}: the clock shows it until the hold ends
     */
    record CaseClock(String controlNumber, LocalDate registeredOn, boolean open, int heldDays, LocalDate heldSince,
            Integer dayAtHold) {

        boolean onHold() {
            return heldSince != null;
        }

        int elapsedDays(LocalDate today) {
            return (int) ChronoUnit.DAYS.between(registeredOn, today);
        }

        int processingDay(LocalDate today) {
            return onHold() ? dayAtHold : elapsedDays(today) - heldDays;
        }

        /**
         * The date of a processing day: the recorded one, or, for a day after the running hold began (recorded
         * as {@code null}), as many days after today as the day lies past {@code dayAtHold}.
         */
        LocalDate dueOn(LocalDate recorded, int processingDay, LocalDate today) {
            return recorded != null ? recorded : today.plusDays(processingDay - dayAtHold);
        }
    }

    /**
     * One deadline as recorded.
     *
     * @param dueOn its date, or {@code null} while a running hold stops the clock before it
     * @param arisesOn the day it comes to exist, when it does not from the start
     * @param metLate whether it was met on or after the moment it passed
     * @param watched whether it is a duty of an open case, not met by the system, unmet or met late: overdue once
     *     {@code dueOn} has passed
     */
    record Due(DeadlineKind kind, String what, String agency, int processingDay, LocalDate dueOn, LocalDate arisesOn,
            Instant metAt, boolean metBySystem, boolean metLate, boolean watched) {

        boolean existsOn(LocalDate today) {
            return arisesOn == null || !arisesOn.isAfter(today);
        }

        DeadlineView view(CaseClock clock, LocalDate today, Instant now) {
            LocalDate date = clock.dueOn(dueOn, processingDay, today);
            Instant dueBy = DeadlineRules.dueBy(date);
            boolean overdue = kind.duty() && !metBySystem && (metAt == null ? !now.isBefore(dueBy) : metLate);
            return new DeadlineView(kind, what, agency, processingDay, date, dueBy, metAt, metBySystem, overdue);
        }
    }

    /** The deadlines that exist today, as the case shows them. */
    List<DeadlineView> views(Instant now) {
        LocalDate today = DeadlineRules.date(now);
        return deadlines.stream().filter(due -> due.existsOn(today)).map(due -> due.view(clock, today, now)).toList();
    }
}
