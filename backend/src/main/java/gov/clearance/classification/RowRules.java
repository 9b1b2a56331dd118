package gov.clearance.classification;

import gov.clearance.classification.EarRules.RowDecision;
import gov.clearance.classification.EarRules.RowRule;
import java.util.Locale;

/**
 * Rows of CCL entries that the Country Chart does not decide and whose own words name no destination: they point
 * to a section (746.1(b) for UN, 742.15 for EI, 742.14 for SI, part 754 for SS, part 745 for CW) that decides
 * them. Each is decided from that section's text where it is held, and reported as undecided where it is not.
 */
final class RowRules {

    private RowRules() {
    }

    private static final String UN_RULE = "\"A license is required to export or reexport items identified in Part "
            + "774 as having a \u201cUN\u201d reason for control to countries identified in paragraph (b)(2) of this "
            + "section.\" (text as of 81 FR 76861, Nov. 4, 2016)";

    static RowRule forRow(String reason, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if ("SS".equals(reason) || lower.contains("part 754")) {
            return undecided("15 CFR part 754", "short supply controls (part 754) are not held by the determination");
        }
        if (lower.contains("russian industry sector")) {
            return (data, destination, place) -> data.lists(DestinationList.RUSSIA_BELARUS_SANCTIONS, destination)
                    ? new RowDecision(true, "15 CFR 746.8", "the row points to 746.8, which requires a license for "
                            + "every CCL item to " + place)
                    : new RowDecision(false, "15 CFR 746.8", "the row's sanctions reach Russia and Belarus, not "
                            + place);
        }
        if ("UN".equals(reason) || lower.contains("746.1") || lower.contains("764.1(b)")) {
            // one entry (0A617) prints "§ 764.1(b)" for 746.1(b)
            return (data, destination, place) -> data.listed(DestinationList.UN_ARMS_EMBARGO, destination)
                    .map(listed -> new RowDecision(true, "15 CFR 746.1(b)(2)-(3)", place + " is among the countries "
                            + "of 746.1(b)(2) (listed as \u201c" + listed.listedAs() + "\u201d, text as of "
                            + listed.textAsOf() + "): " + UN_RULE))
                    .orElseGet(() -> new RowDecision(false, "15 CFR 746.1(b)(2)-(3)", place + " is not among the "
                            + "countries of 746.1(b)(2) in reference data version " + data.version()));
        }
        if ("EI".equals(reason) || lower.contains("742.15")) {
            return allBut(DestinationList.ENCRYPTION_EXCEPTED, "15 CFR 742.15(a)(1)", "742.15(a)(1) requires a license for encryption items to every "
                    + "destination except Canada (text as of 81 FR 64673, Sept. 20, 2016)");
        }
        if ("SI".equals(reason) || lower.contains("742.14")) {
            return allBut(DestinationList.SURREPTITIOUS_LISTENING_EXCEPTED, "15 CFR 742.14(a)", "\"Licenses are required for all destinations, except Canada, for "
                    + "ECCNs having an \u201cSI\u201d under the \u201cReason for Control\u201d paragraph.\" (text as "
                    + "of 88 FR 12112, Feb. 24, 2023)");
        }
        if (lower.contains("states not party to the cwc")) {
            return undecided("15 CFR 742.18; supplement no. 2 to part 745", "the States Parties to the Chemical "
                    + "Weapons Convention (supplement no. 2 to part 745) are not held");
        }
        return null;
    }

    /** A row that reaches every destination but those the section excepts (Canada, for EI and SI). */
    private static RowRule allBut(DestinationList excepted, String citation, String rule) {
        return (data, destination, place) -> data.listed(excepted, destination)
                .map(listed -> new RowDecision(false, citation, listed.listedAs() + " is excepted: " + rule))
                .orElseGet(() -> new RowDecision(true, citation, rule));
    }

    private static RowRule undecided(String citation, String why) {
        return (data, destination, place) -> new RowDecision(null, citation, why + "; decide the row for " + place
                + " by hand");
    }
}
