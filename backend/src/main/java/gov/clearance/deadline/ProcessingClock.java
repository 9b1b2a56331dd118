package gov.clearance.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The processing clock of one case (15 CFR 750.4): day 0 is the day of registration, and each later
 * calendar day (US Eastern) counts unless the case is held without action on it. A hold started on
 * day S and ended on day E stops the clock for the days after S up to and including E (so a hold
 * begun and ended on the same day costs nothing); a hold still running covers the days up to today,
 * and for days to come the clock is projected as if it ended today.
 */
final class ProcessingClock {

    /** A stretch of calendar days on hold; {@code endedOn} is {@code null} while it runs. */
    record HeldSpan(LocalDate startedOn, LocalDate endedOn) {
    }

    private final LocalDate registeredOn;
    private final LocalDate today;
    private final List<HeldSpan> held;

    ProcessingClock(LocalDate registeredOn, LocalDate today, List<HeldSpan> held) {
        this.registeredOn = registeredOn;
        this.today = today;
        this.held = List.copyOf(held);
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    LocalDate today() {
        return today;
    }

    boolean onHold() {
        return held.stream().anyMatch(span -> span.endedOn() == null);
    }

    /**
     * The day the running hold began (the earliest, if several run): the clock shows the day it reached then until
     * the hold ends, and every later processing day falls that many days after today.
     */
    Optional<LocalDate> heldSince() {
        return held.stream().filter(span -> span.endedOn() == null).map(HeldSpan::startedOn)
                .min(Comparator.naturalOrder());
    }

    /** Calendar days since registration. */
    int elapsedDays() {
        return (int) ChronoUnit.DAYS.between(registeredOn, today);
    }

    /** Days since registration that did not count because the case was on hold. */
    int heldDays() {
        return elapsedDays() - dayOn(today);
    }

    /** The processing day reached on a calendar date (0 on and before the day of registration). */
    int dayOn(LocalDate date) {
        int day = 0;
        for (LocalDate d = registeredOn.plusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
            if (!isHeld(d)) {
                day++;
            }
        }
        return day;
    }

    /** The calendar date on which the clock reaches the given processing day. */
    LocalDate dateOfDay(int processingDay) {
        LocalDate date = registeredOn;
        int day = 0;
        while (day < processingDay) {
            date = date.plusDays(1);
            if (!isHeld(date)) {
                day++;
            }
        }
        return date;
    }

    private boolean isHeld(LocalDate date) {
        for (HeldSpan span : held) {
            LocalDate last = span.endedOn() == null ? today : span.endedOn();
            if (date.isAfter(span.startedOn()) && !date.isAfter(last)) {
                return true;
            }
        }
        return false;
    }
}
