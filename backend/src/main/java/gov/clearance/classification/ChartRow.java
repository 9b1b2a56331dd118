package gov.clearance.classification;

import java.util.List;
import java.util.Set;

/**
 * A destination's row of the Commerce Country Chart.
 *
 * @param countryName the name as the chart prints it
 * @param countryCode its ISO 3166-1 alpha-2 code
 * @param marks the columns with an X (a license is required for reasons of that column)
 * @param notes the footnote numbers printed after the name
 * @param referral for Cuba, Iran, North Korea and Syria, the chart's text sending the reader to parts 742
 *        and 746 instead of X marks; {@code null} for every other row
 */
public record ChartRow(String countryName, String countryCode, Set<String> marks, List<String> notes,
        String referral) {

    public ChartRow {
        marks = Set.copyOf(marks);
        notes = List.copyOf(notes);
    }

    public boolean isReferral() {
        return referral != null;
    }
}
