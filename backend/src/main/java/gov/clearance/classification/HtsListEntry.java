package gov.clearance.classification;

import java.util.Set;

/**
 * One line of a list of items by HTS code in a supplement to part 746.
 *
 * @param supplement the supplement's number, for example {@code 4} for supplement no. 4 to part 746
 * @param htsCode the six-digit HTS code (HTS-6) the line names
 * @param description the line's description of the items
 * @param destinations the ISO codes of the destinations the list's rule reaches
 * @param section the section that imposes the license requirement, for example {@code 746.8(a)(5)}
 * @param reviewPolicy the license review policy that section sets, as the list's file states it, or {@code null}
 * @param source where the line was read
 */
public record HtsListEntry(String supplement, String htsCode, String description, Set<String> destinations,
        String section, String reviewPolicy, String source) {

    public HtsListEntry {
        destinations = Set.copyOf(destinations);
    }

    /** The key of the line in its dataset: supplement and code, for example {@code 4:847130}. */
    public String key() {
        return supplement + ":" + htsCode;
    }
}
