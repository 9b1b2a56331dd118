package gov.clearance.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How long a license is valid, by the items it authorizes. Each item's validity is the period of the
 * longest configured prefix of its ECCN, or the default period when none matches. A license is one
 * authorization with one expiry date, so it expires when the first of its items' periods would end:
 * no item may be exported under it for longer than that item's own validity allows.
 *
 * <p>A prefix names a whole ECCN or paragraph ({@code 5A002}, {@code 5A002.a}, {@code EAR99}) and then
 * matches that entry and its sub-paragraphs, never a longer sibling ({@code 3A001.a.1} does not match
 * {@code 3A001.a.10}); or it names part of the five-character ECCN itself: a category ({@code 5}), a
 * product group ({@code 5A}) or a run of its numbers ({@code 5A00}). Prefixes are compared without
 * regard to case, because environment variables bind map keys in lower case.
 */
final class LicenseValidity {

    /** What a prefix may look like: part of an ECCN's first five characters, or an ECCN with paragraphs. */
    private static final Pattern PREFIX = Pattern
            .compile("^(EAR99|[0-9]([A-E][0-9]{0,3})?|[0-9][A-E][0-9]{3}(\\.[A-Z0-9]+)+)$");
    private static final int ECCN_STEM = 5;

    private final Period defaultValidity;
    private final Map<String, Period> byPrefix;

    /**
     * @throws IllegalArgumentException naming the setting at fault, when a period is missing or not
     *     positive or a prefix cannot begin an ECCN
     */
    LicenseValidity(Period defaultValidity, Map<String, Period> byPrefix) {
        requirePositive(DecisionSettings.PREFIX + ".license-validity", defaultValidity);
        Map<String, Period> normalized = new LinkedHashMap<>();
        byPrefix.forEach((prefix, period) -> {
            String setting = DecisionSettings.PREFIX + ".license-validity-by-eccn-prefix[" + prefix + "]";
            String key = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
            if (!PREFIX.matcher(key).matches()) {
                throw new IllegalArgumentException(setting + " is not an ECCN prefix: use a category (5), a product "
                        + "group (5A), an ECCN (5A002), an ECCN paragraph (5A002.a) or EAR99");
            }
            requirePositive(setting, period);
            Period earlier = normalized.put(key, period);
            if (earlier != null && !earlier.equals(period)) {
                throw new IllegalArgumentException(setting + " names the same prefix as another entry with a "
                        + "different period (" + earlier + ")");
            }
        });
        this.defaultValidity = defaultValidity;
        this.byPrefix = Map.copyOf(normalized);
    }

    /** The period an item with this ECCN is licensed for: its longest matching prefix's, else the default. */
    Period validityOf(String eccn) {
        String normalized = eccn == null ? "" : eccn.strip().toUpperCase(Locale.ROOT);
        return byPrefix.entrySet().stream()
                .filter(entry -> matches(entry.getKey(), normalized))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(defaultValidity);
    }

    /**
     * The last day of a license valid from {@code validFrom} for items with these ECCNs: the earliest
     * end among the items' periods. Periods are compared by the date they reach from {@code validFrom},
     * since {@code P1Y} and {@code P365D} differ only by the calendar they are counted on.
     */
    LocalDate validUntil(LocalDate validFrom, Collection<String> eccns) {
        return eccns.stream()
                .map(eccn -> validFrom.plus(validityOf(eccn)))
                .min(Comparator.naturalOrder())
                .orElse(validFrom.plus(defaultValidity));
    }

    private static boolean matches(String prefix, String eccn) {
        if (prefix.length() < ECCN_STEM) {
            return eccn.startsWith(prefix);
        }
        return eccn.equals(prefix) || eccn.startsWith(prefix + ".");
    }

    private static void requirePositive(String setting, Period period) {
        if (period == null) {
            throw new IllegalArgumentException(setting + " is required: a period such as P4Y");
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(setting + " must be a positive period such as P4Y, not " + period);
        }
    }
}
