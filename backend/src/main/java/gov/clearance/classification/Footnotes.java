package gov.clearance.classification;

import gov.clearance.classification.EarRules.Footnote;
import gov.clearance.classification.EarRules.FootnoteRule;
import java.util.List;
import java.util.Map;

/**
 * The Country Chart's footnotes (supplement no. 1 to part 738), quoted from {@code country-chart.csv} (eCFR
 * 2026-09-01). Footnotes 7 and 10 are rules of their own for the ECCNs they name; 5 (Liechtenstein), 6 (Russia
 * and Belarus, 746.8) and 8 and 9 (Crimea, DNR, LNR, 746.6) are applied where the determination reads the
 * destination; 1 to 4 point to sections whose text is not held and are reported as not applied.
 */
final class Footnotes {

    private Footnotes() {
    }

    static final Map<String, Footnote> POINTERS = Map.of(
            "1", new Footnote("15 CFR 746.1(b), 746.3; Country Chart footnote 1", "See § 746.1(b) for United Nations "
                    + "Security Council Sanctions under the EAR. See § 746.3 for United Nations Security "
                    + "Council-related license requirements for exports and reexports to Iraq or transfer within Iraq "
                    + "under the EAR, as well as regional stability licensing requirements not included in the Country "
                    + "Chart.", "The text of 746.1(b) and 746.3 is not held: check them by hand.", null),
            "2", new Footnote("15 CFR 742.4(a); Country Chart footnote 2", "See § 742.4(a) for special provisions that "
                    + "apply to exports and reexports to these countries of certain thermal imaging cameras.",
                    "The text of 742.4(a) is not held: check the camera against it by hand.", Footnotes::camera),
            "3", new Footnote("15 CFR 742.6(a)(3); Country Chart footnote 3", "See § 742.6(a)(3) for special provisions "
                    + "that apply to military commodities that are subject to ECCN 0A919.", "The text of 742.6(a)(3) is "
                    + "not held: check the item against it by hand.", eccn -> eccn.startsWith("0A919")),
            "4", new Footnote("15 CFR 742.6(a)(2), (a)(4)(ii); Country Chart footnote 4", "See § 742.6(a)(2) and "
                    + "(4)(ii) regarding special provisions for exports and reexports of certain thermal imaging cameras "
                    + "to these countries.", "The text of 742.6(a)(2) and (a)(4)(ii) is not held: check the camera "
                    + "against it by hand.", Footnotes::camera));

    /** Thermal imaging cameras are controlled in 6A003 (and 0A919 for military ones). */
    private static boolean camera(String eccn) {
        return eccn.startsWith("6A003") || eccn.startsWith("0A919");
    }

    static final Map<String, FootnoteRule> RULES = Map.of(
            "7", Footnotes::india,
            "10", Footnotes::firearms);

    // ------------------------------------------------------------------ footnote 7: India

    private static final String FOOTNOTE_7 = "Note that a license is still required for items controlled under ECCNs "
            + "6A003.b.4.b and 9A515.e for RS column 2 reasons when destined to India.";

    private static Finding india(ReferenceSnapshot data, String destination, String eccn, String place) {
        for (String named : List.of("6A003.b.4.b", "9A515.e")) {
            String citation = "Country Chart footnote 7 (supplement no. 1 to part 738)";
            if (within(eccn, named)) {
                return new Finding("CHART_FOOTNOTE_7", citation, LicenseAnswer.LICENSE_REQUIRED,
                        EarRules.reviewPolicy("RS", data, destination, eccn), eccn + " is in " + named
                        + ", and footnote 7 on " + place + " says: \"" + FOOTNOTE_7 + "\"");
            }
            if (named.startsWith(eccn + ".")) {
                return new Finding("CHART_FOOTNOTE_7", citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null,
                        "A license is required if the item is in " + named + ": footnote 7 on " + place + " says \""
                        + FOOTNOTE_7 + "\"");
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ footnote 10: Australia, United Kingdom

    private static final String FOOTNOTE_10 = "A license is required to these destinations for items in the following "
            + "ECCNs: 0A501 (except for 0A501.y), 0A502 for shotguns with a barrel length less than 18 inches (45.72 "
            + "cm), 0A504.i, 0A505.a and .x, 0A506, 0A507, 0A508 for semi-automatic shotguns with a barrel length less "
            + "than 18 inches (45.72 cm), 0A509, 0D501 (except for \"software\" for commodities in ECCN 0A501.y or "
            + "\"equipment\" in ECCN 0B501 for commodities in ECCN 0A501.y), 0D505 for \"software\" for commodities in "
            + "ECCN 0A505.a and .x and \"equipment\" in ECCN 0B505.a and .x, 0E501, 0E504, 0E505 for \"technology\" for "
            + "\"development,\" \"production,\" operation, installation, maintenance, repair, overhaul, or "
            + "refurbishing commodities in 0A505.a and .x; for \"equipment\" for those commodities in 0B505; and for "
            + "\"software\" for that \"equipment\" and those commodities in 0D505.";

    /**
     * One ECCN footnote 10 names: the paragraphs it names ({@code []} for the whole entry), the paragraphs it
     * excepts, and the kind of item it is limited to, if any.
     */
    private record Named(String entry, List<String> paragraphs, List<String> excepted, String onlyFor) {
    }

    private static final List<Named> FOOTNOTE_10_NAMES = List.of(
            new Named("0A501", List.of(), List.of("y"), null),
            new Named("0A502", List.of(), List.of(), "shotguns with a barrel length less than 18 inches (45.72 cm)"),
            new Named("0A504", List.of("i"), List.of(), null),
            new Named("0A505", List.of("a", "x"), List.of(), null),
            new Named("0A506", List.of(), List.of(), null),
            new Named("0A507", List.of(), List.of(), null),
            new Named("0A508", List.of(), List.of(), "semi-automatic shotguns with a barrel length less than 18 inches "
                    + "(45.72 cm)"),
            new Named("0A509", List.of(), List.of(), null),
            new Named("0D501", List.of(), List.of(), "\"software\" other than for commodities in ECCN 0A501.y or "
                    + "\"equipment\" in ECCN 0B501 for commodities in ECCN 0A501.y"),
            new Named("0D505", List.of(), List.of(), "\"software\" for commodities in ECCN 0A505.a and .x and "
                    + "\"equipment\" in ECCN 0B505.a and .x"),
            new Named("0E501", List.of(), List.of(), null),
            new Named("0E504", List.of(), List.of(), null),
            new Named("0E505", List.of(), List.of(), "\"technology\" for commodities in 0A505.a and .x, for "
                    + "\"equipment\" for them in 0B505, and for \"software\" for that \"equipment\" and those "
                    + "commodities in 0D505"));

    private static Finding firearms(ReferenceSnapshot data, String destination, String eccn, String place) {
        String entry = ReferenceSnapshot.entryOf(eccn);
        String paragraph = eccn.length() > entry.length() ? eccn.substring(entry.length() + 1) : null;
        String citation = "Country Chart footnote 10 (supplement no. 1 to part 738)";
        for (Named named : FOOTNOTE_10_NAMES) {
            if (!named.entry().equals(entry)) {
                continue;
            }
            if (paragraph != null && named.excepted().stream().anyMatch(except -> within(paragraph, except))) {
                return new Finding("CHART_FOOTNOTE_10", citation, LicenseAnswer.NO_LICENSE_REQUIRED, null, eccn
                        + " is excepted from footnote 10 on " + place + ".");
            }
            boolean named0 = named.paragraphs().isEmpty()
                    || (paragraph != null && named.paragraphs().stream().anyMatch(p -> within(paragraph, p)));
            if (!named0 && paragraph != null) {
                return null;
            }
            String quote = "footnote 10 on " + place + " says: \"" + FOOTNOTE_10 + "\"";
            if (!named0) {
                return new Finding("CHART_FOOTNOTE_10", citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null, "A license "
                        + "is required if the item is in " + entry + "." + String.join(" or ." , named.paragraphs())
                        + ": " + quote);
            }
            if (named.onlyFor() != null) {
                return new Finding("CHART_FOOTNOTE_10", citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null, "A license "
                        + "is required if the item is " + named.onlyFor() + ": " + quote);
            }
            if (paragraph == null && !named.excepted().isEmpty()) {
                return new Finding("CHART_FOOTNOTE_10", citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null, "A license "
                        + "is required unless the item is in " + entry + "." + String.join(" or .", named.excepted())
                        + ": " + quote);
            }
            return new Finding("CHART_FOOTNOTE_10", citation, LicenseAnswer.LICENSE_REQUIRED, null, eccn + " is named "
                    + "by footnote 10: " + quote);
        }
        return null;
    }

    /** Whether a paragraph is the named one or lies inside it ({@code b.4.b.1} is inside {@code b.4.b}). */
    static boolean within(String paragraph, String named) {
        return paragraph.equals(named) || paragraph.startsWith(named + ".");
    }
}
