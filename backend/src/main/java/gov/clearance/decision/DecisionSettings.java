package gov.clearance.decision;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param licenseValidity how long a license is valid from its issue (15 CFR 750.7(g): four years by default)
 * @param zone the time zone whose calendar dates licenses carry
 */
@ConfigurationProperties("clearance.decision")
public record DecisionSettings(@DefaultValue("P4Y") Period licenseValidity,
        @DefaultValue("America/New_York") java.time.ZoneId zone) {
}
