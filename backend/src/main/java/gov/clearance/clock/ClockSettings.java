package gov.clearance.clock;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adjustable whether time may be moved forward through the admin API: for tests and demos,
 *     never for real cases
 * @param zone the time zone whose calendar days time moves by (deadlines count US Eastern days)
 */
@ConfigurationProperties("clearance.clock")
record ClockSettings(@DefaultValue("false") boolean adjustable, @DefaultValue("America/New_York") ZoneId zone) {
}
