package gov.clearance.decision;

import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the decision module, checked when the application starts: a period that is not positive,
 * or a prefix that cannot begin an ECCN, stops it with a message naming the setting.
 *
 * @param licenseValidity how long a license is valid from its issue when no prefix below names one of
 *     its items (15 CFR 750.7(g): four years by default)
 * @param licenseValidityByEccnPrefix validity by item type: an ECCN prefix ({@code 5A002},
 *     {@code 5A002.a}, a product group such as {@code 5A}, or {@code EAR99}) to its period; an item takes
 *     the period of its longest matching prefix, and a license the shortest of its items' periods
 *     (see {@link LicenseValidity}). In YAML, keys with a dot go in brackets: {@code "[5A002.a]": P2Y}.
 * @param zone the time zone whose calendar dates licenses carry
 */
@ConfigurationProperties(DecisionSettings.PREFIX)
public record DecisionSettings(@DefaultValue("P4Y") Period licenseValidity,
        Map<String, Period> licenseValidityByEccnPrefix,
        @DefaultValue("America/New_York") ZoneId zone) {

    static final String PREFIX = "clearance.decision";

    public DecisionSettings {
        if (licenseValidityByEccnPrefix == null) {
            licenseValidityByEccnPrefix = Map.of();
        }
        new LicenseValidity(licenseValidity, licenseValidityByEccnPrefix); // fails fast on a bad setting
        licenseValidityByEccnPrefix = Map.copyOf(licenseValidityByEccnPrefix);
    }

    /** The validity rule these settings describe. */
    LicenseValidity licenseValidityRule() {
        return new LicenseValidity(licenseValidity, licenseValidityByEccnPrefix);
    }
}
