package gov.clearance.classification;

import java.util.List;

/** The EAR datasets Clearance classifies against, each a CSV file with a fixed header. */
public enum ReferenceDataset {

    /** The Commerce Country Chart, Supplement No. 1 to 15 CFR part 738. */
    COUNTRY_CHART("country-chart.csv", List.of("country", "CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1",
            "RS1", "RS2", "FC1", "CC1", "CC2", "CC3", "AT1", "AT2", "notes", "row_type", "referral_text")),

    /** The Country Groups, Supplement No. 1 to 15 CFR part 740. */
    COUNTRY_GROUPS("country-groups.csv", List.of("country", "A:1", "A:2", "A:3", "A:4", "A:5", "A:6", "B", "D:1",
            "D:2", "D:3", "D:4", "D:5", "E:1", "E:2", "notes", "names_as_listed")),

    /** Entries of the Commerce Control List, Supplement No. 1 to 15 CFR part 774. */
    ECCNS("ccl.csv", List.of("eccn", "heading", "reasons_for_control", "country_chart_columns",
            "paragraph_scope", "source", "as_of", "verified_against")),

    /**
     * The lists of items by HTS code in the supplements to part 746. None is shipped (their text was not found);
     * an ADMIN imports them.
     */
    HTS_LISTS("part-746-hts-lists.csv", List.of("supplement", "hts_code", "description", "destinations", "section",
            "review_policy", "source")),

    /**
     * The destinations (and Country Groups) that sections of the EAR list and the determination's rules read:
     * 746.1(b)(2), 746.8(a)(1), 744.21(a), 744.22(a), 750.4(b)(6)(i), 742.14(a), 742.15(a)(1).
     */
    DESTINATION_LISTS("destination-lists.csv", List.of("list", "destination", "listed_as", "citation",
            "text_as_of"));

    /** The Country Chart's columns, in the order the chart prints them. */
    public static final List<String> CHART_COLUMNS = COUNTRY_CHART.columns.subList(1, 17);

    /** The country groups, in the order the supplement prints them. */
    public static final List<String> COUNTRY_GROUP_NAMES = COUNTRY_GROUPS.columns.subList(1, 15);

    private final String shippedFile;
    private final List<String> columns;

    ReferenceDataset(String shippedFile, List<String> columns) {
        this.shippedFile = shippedFile;
        this.columns = columns;
    }

    /** The file name of this dataset in {@code db/reference/ear/}, and the default name of an imported one. */
    public String shippedFile() {
        return shippedFile;
    }

    /** The columns a file of this dataset must have, in this order. */
    public List<String> columns() {
        return columns;
    }
}
