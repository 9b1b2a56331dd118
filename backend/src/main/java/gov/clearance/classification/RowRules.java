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

    static RowRule forRow(String reason, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if ("SS".equals(reason) || lower.contains("part 754")) {
            return undecided("15 CFR part 754", "short supply controls (part 754) are not held by the determination");
        }
        if (lower.contains("russian industry sector")) {
            return (destination, groups, place) -> EarRules.RUSSIA_BELARUS.contains(destination)
                    ? new RowDecision(true, "15 CFR 746.8", "the row points to 746.8, which requires a license for "
                            + "every CCL item to " + place)
                    : new RowDecision(false, "15 CFR 746.8", "the row's sanctions reach Russia and Belarus, not "
                            + place);
        }
        if ("UN".equals(reason) || lower.contains("746.1")) {
            return undecided("15 CFR 746.1(b)", "the United Nations destinations of 746.1(b) are not held");
        }
        if ("EI".equals(reason) || lower.contains("742.15")) {
            return undecided("15 CFR 742.15", "the destinations of 742.15 (encryption items) are not held");
        }
        if ("SI".equals(reason) || lower.contains("742.14")) {
            return undecided("15 CFR 742.14", "the destinations of 742.14 (significant items) are not held");
        }
        if (lower.contains("states not party to the cwc")) {
            return undecided("15 CFR 742.18; supplement no. 2 to part 745", "the States Parties to the Chemical "
                    + "Weapons Convention (supplement no. 2 to part 745) are not held");
        }
        return null;
    }

    private static RowRule undecided(String citation, String why) {
        return (destination, groups, place) -> new RowDecision(null, citation, why + "; decide the row for " + place
                + " by hand");
    }
}
