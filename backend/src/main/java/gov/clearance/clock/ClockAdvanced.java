package gov.clearance.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Time was moved forward (tests and demos only). Listeners bring their own clocks along and do, before
 * the move is answered, whatever became due.
 *
 * @param now the time after the move
 * @param offset how far the clock is now ahead of the system clock
 */
public record ClockAdvanced(Instant now, Duration offset) {
}
