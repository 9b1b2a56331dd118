package gov.clearance.classification;

import gov.clearance.classification.EarRules.ReviewPolicy;
import java.util.Map;

/**
 * The license review policy of each reason for control, as part 742 (and 746.1(b) for UN) states it. Quoted from
 * the eCFR text rendered in github.com/MichalOpoka/ecfr, each with the date of its latest amendment there; newer
 * amendments may exist. Where the section sends a destination to part 746 (Russia and Belarus, 746.8(b)), that
 * finding carries part 746's policy.
 */
final class ReviewPolicies {

    private ReviewPolicies() {
    }

    private static final String RUSSIA_BELARUS = "reviewed under the licensing policy of 746.8(b): policy of denial, "
            + "with limited exceptions";

    static final Map<String, ReviewPolicy> BY_REASON = Map.of(
            "NS", new ReviewPolicy("15 CFR 742.4(b), text as of 87 FR 13059, Mar. 8, 2022", "Approve unless there is a "
                    + "significant risk that the items will make a significant contribution to the military potential "
                    + "of a Country Group D:1 country; D:1 case-by-case", (groups, armsItem) -> armsItem
                            && groups.contains("D:5")
                            ? "For Country Group D:5: 9x515 and \"600 series\" items reviewed consistent with the "
                                    + "United States arms embargo policies in 22 CFR 126.1 (ITAR)"
                            : groups.contains("D:1") ? "Country Group D:1: approve when the items are for civilian use "
                                    + "or would otherwise not make a significant contribution to military potential; "
                                    + "case-by-case" : null),
            "MT", new ReviewPolicy("15 CFR 742.5(b)(1), text as of 87 FR 12239, Mar. 3, 2022", "Case-by-case: whether "
                    + "the export would make a material contribution to the proliferation of missiles", null),
            "NP", new ReviewPolicy("15 CFR 742.3(b), text as of 87 FR 12238, Mar. 3, 2022", "Case-by-case, on the "
                    + "factors 742.3(b)(1) lists", null),
            "CB", new ReviewPolicy("15 CFR 742.2(b)(1)", "Case-by-case: whether the export would make a material "
                    + "contribution to chemical or biological weapons", null),
            "RS", new ReviewPolicy("15 CFR 742.6(b)", "Case-by-case: whether the export could contribute to any "
                    + "country's military capabilities in a manner that would alter or destabilize a region",
                    (groups, armsItem) -> armsItem && groups.contains("D:5") ? "For Country Group D:5: 9x515 and "
                            + "\"600 series\" items also reviewed consistent with the United States arms embargo "
                            + "policies in 22 CFR 126.1 (ITAR); otherwise case-by-case" : null),
            "CC", new ReviewPolicy("15 CFR 742.7(b), text as of 85 FR 4176, Jan. 23, 2020", "Generally considered "
                    + "favorably, case-by-case, unless there is civil disorder or evidence of human rights violations",
                    null),
            "EI", new ReviewPolicy("15 CFR 742.15(a)(2), text as of 81 FR 64673, Sept. 20, 2016", "Case-by-case, by BIS "
                    + "in conjunction with other agencies", null),
            "SI", new ReviewPolicy("15 CFR 742.14(b), text as of 88 FR 12112, Feb. 24, 2023", "Case-by-case", null),
            "UN", new ReviewPolicy("15 CFR 746.1(b), text as of 81 FR 76861, Nov. 4, 2016", "\"To the extent "
                    + "consistent with United States national security and foreign policy interests, BIS will not "
                    + "approve applications for such licenses if the authorization would be contrary to the relevant "
                    + "United Nations Security Council Resolution.\"", null));

    /** Russia and Belarus: part 742 sends every reason's policy to 746.8(b). */
    static String forRussiaBelarus(String reason) {
        return reason + " items to Russia or Belarus are " + RUSSIA_BELARUS + " (15 CFR 742.4(b)(9), 742.6(b)(9), "
                + "746.8(b))";
    }
}
