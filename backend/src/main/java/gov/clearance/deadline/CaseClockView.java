package gov.clearance.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The processing clock of a case, as staff see it on the case.
 *
 * @param registeredOn day 0 (US Eastern)
 * @param today today's date (US Eastern)
 * @param elapsedDays calendar days since registration
 * @param heldDays of those, the days on hold
 * @param processingDay the day the clock shows: elapsed minus held
 * @param onHold whether a hold runs now
 */
public record CaseClockView(LocalDate registeredOn, LocalDate today, int elapsedDays, int heldDays, int processingDay,
        boolean onHold, List<HoldView> holds, List<DeadlineView> deadlines) {
}
