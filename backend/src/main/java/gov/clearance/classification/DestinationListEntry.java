package gov.clearance.classification;

/**
 * One destination, or one Country Group, on a list a section of the EAR prints.
 *
 * @param list the list
 * @param destination an ISO 3166-1 alpha-2 code, or a Country Group such as {@code E:1}
 * @param listedAs the name the regulation's text prints
 * @param citation the section that prints the list, for example {@code 15 CFR 746.1(b)(2)}
 * @param textAsOf the latest amendment of the text read, for example {@code 81 FR 76861, Nov. 4, 2016}
 */
public record DestinationListEntry(DestinationList list, String destination, String listedAs, String citation,
        String textAsOf) {

    /** The key of the row in its dataset, for example {@code UN_ARMS_EMBARGO:IR}. */
    public String key() {
        return list + ":" + destination;
    }

    /** Whether the row is a Country Group rather than one destination. */
    public boolean isGroup() {
        return destination.contains(":");
    }
}
