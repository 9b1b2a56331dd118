package gov.clearance.clock;

import gov.clearance.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Moving time forward, for tests and demos. The endpoints exist only when the clock is adjustable. */
@RestController
@Tag(name = "Administration")
@ConditionalOnProperty(name = "clearance.clock.adjustable", havingValue = "true")
class ClockController {

    /** The most one move may advance time: ten years. */
    static final int MOST_DAYS = 3650;

    private final AdjustableClock clock;
    private final ClockSettings settings;
    private final ApplicationEventPublisher events;

    ClockController(Clock clock, ClockSettings settings, ApplicationEventPublisher events) {
        this.clock = (AdjustableClock) clock;
        this.settings = settings;
        this.events = events;
    }

    record ClockMove(Integer advanceDays) {
    }

    record ClockReading(Instant now, Duration offset) {
    }

    @GetMapping("/api/admin/clock")
    @Operation(summary = "The application's current time (administrators; adjustable clocks only)")
    ClockReading now() {
        return new ClockReading(clock.instant(), clock.offset());
    }

    @PostMapping("/api/admin/clock")
    @Operation(summary = "Move time forward by whole days and do whatever became due (administrators; tests and demos)")
    ClockReading advance(@RequestBody ClockMove move) {
        if (move == null || move.advanceDays() == null || move.advanceDays() < 1 || move.advanceDays() > MOST_DAYS) {
            throw InvalidRequestException.of("advanceDays", "must be a whole number of days from 1 to " + MOST_DAYS);
        }
        // calendar days where deadlines are counted, so a change of daylight saving time never skips a date
        Instant now = clock.instant();
        Duration offset = clock.advance(Duration.between(now,
                now.atZone(settings.zone()).plusDays(move.advanceDays()).toInstant()));
        events.publishEvent(new ClockAdvanced(clock.instant(), offset));
        return new ClockReading(clock.instant(), offset);
    }
}
