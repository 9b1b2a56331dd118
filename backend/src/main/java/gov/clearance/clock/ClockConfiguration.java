package gov.clearance.clock;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is injected everywhere, so that deadlines can be tested by moving time rather than waiting.
 * With {@code clearance.clock.adjustable=true} (tests and demos only) the clock can be moved forward
 * through {@code POST /api/admin/clock}; otherwise it is the system clock and cannot be moved.
 */
@Configuration
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockSettings settings) {
        return settings.adjustable() ? new AdjustableClock(Clock.systemUTC()) : Clock.systemUTC();
    }
}
