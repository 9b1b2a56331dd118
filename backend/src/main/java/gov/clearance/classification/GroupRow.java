package gov.clearance.classification;

import java.util.Set;

/**
 * A destination's membership of the Country Groups.
 *
 * @param countryName the name as the Country Chart prints it
 * @param countryCode its ISO 3166-1 alpha-2 code
 * @param groups the groups it belongs to, for example {@code A:1} or {@code D:5}
 * @param notes the supplement's footnotes on this row, as printed
 */
public record GroupRow(String countryName, String countryCode, Set<String> groups, String notes) {

    public GroupRow {
        groups = Set.copyOf(groups);
    }
}
