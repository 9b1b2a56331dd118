package gov.clearance.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.deadline.ProcessingClock.HeldSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Day 0 is registration; a day counts unless the case is on hold; holds move every later day. */
class ProcessingClockTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 1);

    @Test
    void countsCalendarDaysFromRegistrationWhenNothingHoldsTheCase() {
        ProcessingClock clock = new ProcessingClock(REGISTERED, REGISTERED.plusDays(12), List.of());

        assertThat(clock.dayOn(REGISTERED)).isZero();
        assertThat(clock.dayOn(REGISTERED.plusDays(12))).isEqualTo(12);
        assertThat(clock.dateOfDay(9)).isEqualTo(REGISTERED.plusDays(9));
        assertThat(clock.dateOfDay(90)).isEqualTo(REGISTERED.plusDays(90));
        assertThat(clock.heldDays()).isZero();
        assertThat(clock.onHold()).isFalse();
    }

    @Test
    void aHoldStopsTheClockForExactlyItsLengthAndMovesLaterDays() {
        // held from day 5 to day 15 (calendar): ten days do not count
        ProcessingClock clock = new ProcessingClock(REGISTERED, REGISTERED.plusDays(20),
                List.of(new HeldSpan(REGISTERED.plusDays(5), REGISTERED.plusDays(15))));

        assertThat(clock.elapsedDays()).isEqualTo(20);
        assertThat(clock.heldDays()).isEqualTo(10);
        assertThat(clock.dayOn(REGISTERED.plusDays(20))).isEqualTo(10);
        assertThat(clock.dayOn(REGISTERED.plusDays(15))).as("frozen through the hold").isEqualTo(5);
        assertThat(clock.dateOfDay(4)).as("days before the hold stay put").isEqualTo(REGISTERED.plusDays(4));
        assertThat(clock.dateOfDay(30)).isEqualTo(REGISTERED.plusDays(40));
    }

    @Test
    void aHoldBegunAndEndedTheSameDayCostsNothing() {
        ProcessingClock clock = new ProcessingClock(REGISTERED, REGISTERED.plusDays(10),
                List.of(new HeldSpan(REGISTERED.plusDays(3), REGISTERED.plusDays(3))));

        assertThat(clock.heldDays()).isZero();
        assertThat(clock.dateOfDay(9)).isEqualTo(REGISTERED.plusDays(9));
    }

    @Test
    void overlappingHoldsCountEachDayOnce() {
        ProcessingClock clock = new ProcessingClock(REGISTERED, REGISTERED.plusDays(30), List.of(
                new HeldSpan(REGISTERED.plusDays(2), REGISTERED.plusDays(10)),
                new HeldSpan(REGISTERED.plusDays(6), REGISTERED.plusDays(12))));

        assertThat(clock.heldDays()).isEqualTo(10);
        assertThat(clock.dayOn(REGISTERED.plusDays(30))).isEqualTo(20);
    }

    @Test
    void aRunningHoldCoversTheDaysUpToTodayAndLaterDaysAreProjectedAsIfItEndedToday() {
        LocalDate today = REGISTERED.plusDays(8);
        ProcessingClock clock = new ProcessingClock(REGISTERED, today,
                List.of(new HeldSpan(REGISTERED.plusDays(3), null)));

        assertThat(clock.onHold()).isTrue();
        assertThat(clock.heldDays()).isEqualTo(5);
        assertThat(clock.dayOn(today)).isEqualTo(3);
        assertThat(clock.dateOfDay(9)).isEqualTo(today.plusDays(6));
    }
}
