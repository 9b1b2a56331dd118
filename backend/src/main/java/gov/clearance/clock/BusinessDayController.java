package gov.clearance.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one business clock the UI shows dates by: the application's time (moved forward in tests and demos) and
 * the calendar day in the zone processing days are counted in (US Eastern), never the browser's.
 */
@RestController
@Tag(name = "Identity")
class BusinessDayController {

    private final Clock clock;
    private final ClockSettings settings;

    BusinessDayController(Clock clock, ClockSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @param now the application's current time
     * @param today the calendar day it is in {@code zone}
     * @param zone the time zone business days are counted in
     */
    record BusinessDay(Instant now, LocalDate today, ZoneId zone) {
    }

    @GetMapping("/api/clock")
    @Operation(summary = "The application's current time and business day (US Eastern), for every date the UI shows")
    BusinessDay now() {
        Instant now = clock.instant();
        return new BusinessDay(now, LocalDate.ofInstant(now, settings.zone()), settings.zone());
    }
}
