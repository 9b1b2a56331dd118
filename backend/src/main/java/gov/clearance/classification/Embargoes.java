package gov.clearance.classification;

import gov.clearance.classification.EarRules.Embargo;
import java.util.Map;

/** The embargoes of part 746 by destination, quoted from the eCFR text (see the README's reference data section). */
final class Embargoes {

    private Embargoes() {
    }

    private static final String CUBA = "you will need a license to export or reexport all items subject to the EAR "
            + "(see part 734 of the EAR for the scope of items subject to the EAR) to Cuba, including any release of "
            + "technology or source code subject to the EAR to a Cuban national, except as follows";
    private static final String NORTH_KOREA = "a license is required to export or reexport any item subject to the "
            + "EAR (see part 734 of the EAR) to the Democratic People's Republic of Korea (North Korea), except food "
            + "and medicines classified as EAR99";
    private static final String SYRIA = "A license is required for the export or reexport to Syria of all items "
            + "subject to the EAR, except food and medicine classified as EAR99";
    private static final String IRAN = "A license is required under the EAR to export or reexport to Iran any item "
            + "on the CCL containing a CB Column 1, CB Column 2, CB Column 3, NP Column 1, NP Column 2, NS Column 1, NS "
            + "Column 2, MT Column 1, RS Column 1, RS Column 2, CC Column 1, CC Column 2, CC Column 3, AT Column 1 or AT "
            + "Column 2 in the Country Chart Column of the License Requirements section of an ECCN";

    static final Map<String, Embargo> ALL = Map.of(
            "CU", allItems("15 CFR 746.2(a)", CUBA, "General policy of denial, except as 746.2(b) lists (medicines "
                    + "and medical devices generally approved, among others) (15 CFR 746.2(b))"),
            "KP", allButFoodAndMedicine("15 CFR 746.4(a)", NORTH_KOREA, "Case-by-case, except as 746.4(b) lists "
                    + "(luxury goods, among others) (15 CFR 746.4(b), text as of 79 FR 32625, June 5, 2014)"),
            "SY", allButFoodAndMedicine("15 CFR 746.9(a)", SYRIA, "General policy of denial, with the case-by-case "
                    + "exceptions 746.9(c) lists (15 CFR 746.9(c), text as of 79 FR 32625, June 5, 2014)"),
            "IR", iran());

    private static final String IRAN_POLICY = "Case-by-case for humanitarian reasons or for the safety of civil "
            + "aviation and safe operation of U.S.-origin aircraft; \"Licenses for other purposes generally will be "
            + "denied.\" (15 CFR 746.7(b), text as of 88 FR 12154, Feb. 27, 2023)";

    private static Embargo allItems(String citation, String rule, String policy) {
        return new Embargo(citation, rule,
                place -> new Finding(rule(citation), citation, LicenseAnswer.LICENSE_REQUIRED, policy, "EAR99 items to "
                        + place + " need a license: \"" + rule + "\"."),
                (entry, eccn, place) -> new Finding(rule(citation), citation, LicenseAnswer.LICENSE_REQUIRED, policy,
                        eccn + " to " + place + " needs a license: \"" + rule + "\"."));
    }

    private static Embargo allButFoodAndMedicine(String citation, String rule, String policy) {
        return new Embargo(citation, rule,
                place -> new Finding(rule(citation), citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null, "EAR99 items "
                        + "to " + place + " need a license unless they are food or medicine: \"" + rule + "\"."),
                (entry, eccn, place) -> new Finding(rule(citation), citation, LicenseAnswer.LICENSE_REQUIRED, policy,
                        eccn + " to " + place + " needs a license: \"" + rule + "\"."));
    }

    private static Embargo iran() {
        String citation = "15 CFR 746.7(a)(1)(i)";
        return new Embargo(citation, IRAN,
                place -> IranJurisdiction.ear99(place),
                (entry, eccn, place) -> entry.chartColumns().stream().anyMatch(EarRules.IRAN_COLUMNS::contains)
                        ? new Finding(rule(citation), citation, LicenseAnswer.LICENSE_REQUIRED, IRAN_POLICY, eccn + " names "
                                + entry.chartColumns().stream().filter(EarRules.IRAN_COLUMNS::contains).sorted()
                                        .toList() + " in its License Requirements: \"" + IRAN + "\". OFAC's "
                                + "authorization counts as the EAR's: " + IranJurisdiction.OFAC_AUTHORIZES + ".")
                        : IranJurisdiction.cclItemOutsideColumns(eccn, place));
    }

    static String rule(String citation) {
        return "EAR_" + citation.replace("15 CFR ", "").replaceAll("[^0-9A-Za-z]+", "_").replaceAll("_+$", "")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
