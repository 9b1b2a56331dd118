package gov.clearance.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An entry of the Commerce Control List.
 *
 * @param eccn the Export Control Classification Number, for example {@code 3A001}
 * @param heading the heading as published
 * @param reasonsForControl the codes on the entry's "Reason for Control" line
 * @param chartColumns the Country Chart columns its license requirements name
 * @param controls each row of its License Requirements table, in order
 * @param source where the entry was taken from
 * @param asOf the date of the text it was taken from
 */
public record EccnEntry(String eccn, String heading, Set<String> reasonsForControl, Set<String> chartColumns,
        List<Control> controls, String source, LocalDate asOf) {

    public EccnEntry {
        reasonsForControl = Set.copyOf(reasonsForControl);
        chartColumns = Set.copyOf(chartColumns);
        controls = List.copyOf(controls);
    }

    /**
     * One row of an entry's License Requirements table.
     *
     * @param appliesTo the "Control(s)" cell, for example {@code NS applies to entire entry}
     * @param countryChart the "Country chart" cell, for example {@code NS Column 1}, or the destinations
     *        the row names when the chart does not decide it
     */
    public record Control(String appliesTo, String countryChart) {
    }
}
