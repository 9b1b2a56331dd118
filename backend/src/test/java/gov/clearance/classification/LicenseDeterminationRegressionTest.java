package gov.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.classification.LicenseRequirements.Item;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked pairs of item and destination (with end-use answers where they matter) against the shipped reference
 * data and the rules of the EAR: the answer, the section that decides it and the review policy it sets. Each case
 * says where its expectation comes from.
 */
class LicenseDeterminationRegressionTest {

    private static final ReferenceSnapshot SHIPPED = ShippedReferenceData.snapshot();
    private static final EndUseFacts NONE = new EndUseFacts(false, false, false, false, false, false);

    record Pair(String why, String eccn, String destination, EndUseFacts facts, LicenseAnswer answer,
            String citation, String policy) {

        @Override
        public String toString() {
            return eccn + " to " + destination + ": " + why;
        }
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("746.8(a)(1): every CCL item needs a license to Russia (chart footnote 6)", "3A991", "RU", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "746.8(a)(1)", "Policy of denial"),
                pair("746.8(a)(1) reaches Belarus as well", "4A994", "BY", NONE, LicenseAnswer.LICENSE_REQUIRED,
                        "746.8(a)(1)", "Policy of denial"),
                pair("EAR99 to Russia turns on 746's HTS lists, which are not loaded", "EAR99", "RU", NONE,
                        LicenseAnswer.UNKNOWN, "supplements nos. 2, 4, 5, 6 and 7", null),
                pair("744.21: a military end use in Russia needs a license for any item", "EAR99", "RU",
                        facts(false, false, false, true, false, false), LicenseAnswer.LICENSE_REQUIRED, "744.21(a)",
                        "Policy of denial for Russia"),
                pair("chart footnote 10: 0A501 (except .y) to the United Kingdom", "0A501.a", "GB", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "footnote 10", null),
                pair("chart footnote 10: 0A501 (except .y) to Australia", "0A501.a", "AU", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "footnote 10", null),
                pair("footnote 10 excepts 0A501.y; no other row reaches the United Kingdom", "0A501.y", "GB", NONE,
                        LicenseAnswer.NO_LICENSE_REQUIRED, null, null),
                pair("chart footnote 7: 9A515.e to India (RS2)", "9A515.e", "IN", NONE, LicenseAnswer.LICENSE_REQUIRED,
                        "footnote 7", "742.6(b)"),
                pair("chart footnote 7: 6A003.b.4.b to India (RS2)", "6A003.b.4.b", "IN", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "footnote 7", "742.6(b)"),
                pair("746.7(a)(2), (e): OFAC, not BIS, authorizes EAR99 to Iran", "EAR99", "IR", NONE,
                        LicenseAnswer.OUTSIDE_BIS_JURISDICTION, "746.7(a)(2)", null),
                pair("746.7(a)(1)(i): a CCL item naming AT1 to Iran", "3A991", "IR", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "746.7(a)(1)(i)", "generally will be denied"),
                pair("the one entry the CCL extraction lacks is decided by hand", "8D001", "DE", NONE,
                        LicenseAnswer.UNKNOWN, "part 774", null),
                pair("742.15: encryption items need a license everywhere but Canada", "5A002.a", "DE", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "742.15(a)(1)", "742.15(a)(2)"),
                pair("742.15 excepts Canada, which has no NS1 X", "5A002.a", "CA", NONE,
                        LicenseAnswer.NO_LICENSE_REQUIRED, null, null),
                pair("742.14: significant items everywhere but Canada", "9E003.a.1", "CA", NONE,
                        LicenseAnswer.NO_LICENSE_REQUIRED, null, null),
                pair("742.14: significant items to Brazil", "9E003.a.1", "BR", NONE, LicenseAnswer.LICENSE_REQUIRED,
                        "742.14(a)", "742.14(b)"),
                pair("746.1(b): a UN row to Libya", "6A003.b.3", "LY", NONE, LicenseAnswer.LICENSE_REQUIRED,
                        "746.1(b)", "United Nations Security Council Resolution"),
                pair("0A981's CC row: \"ALL destinations regardless of end-use\"", "0A981", "GB", NONE,
                        LicenseAnswer.LICENSE_REQUIRED, "742.7", "742.7(b)"),
                pair("746.2: every item to Cuba", "EAR99", "CU", NONE, LicenseAnswer.LICENSE_REQUIRED, "746.2(a)",
                        "746.2(b)"),
                pair("746.4: EAR99 to North Korea unless food or medicine", "EAR99", "KP", NONE,
                        LicenseAnswer.DEPENDS_ON_THE_ITEM, "746.4(a)", null),
                pair("746.6: the covered regions of Ukraine, every CCL item", "3A991", "UA",
                        facts(false, false, false, false, false, true), LicenseAnswer.LICENSE_REQUIRED, "746.6",
                        "Policy of denial"),
                pair("744.22: a military-intelligence end user in China", "EAR99", "CN",
                        facts(false, false, false, false, true, false), LicenseAnswer.LICENSE_REQUIRED, "744.22(a)",
                        "Presumption of denial"),
                pair("744.22 does not reach Germany", "EAR99", "DE", facts(false, false, false, false, true, false),
                        LicenseAnswer.NO_LICENSE_REQUIRED, null, null),
                pair("744.4: a chemical or biological weapons end use anywhere", "EAR99", "DE",
                        facts(false, false, true, false, false, false), LicenseAnswer.LICENSE_REQUIRED, "744.4(a)",
                        "Case-by-case"),
                pair("744.2: the nuclear end use rule excepts the countries of a supplement not held", "EAR99", "DE",
                        facts(true, false, false, false, false, false), LicenseAnswer.UNKNOWN, "744.2(a)", null),
                pair("the chart: 2B001.a to China, NS2", "2B001.a", "CN", NONE, LicenseAnswer.LICENSE_REQUIRED,
                        "column NS2", "742.4(b)"),
                pair("742.4(b): an NS item to China (D:1, D:5) that is no arms item is reviewed as for D:1",
                        "3A001.a.1", "CN", NONE, LicenseAnswer.LICENSE_REQUIRED, "column NS2",
                        "Country Group D:1: approve when the items are for civilian use"),
                pair("742.4(b)(1)(ii): a \"600 series\" item to D:5 is reviewed under ITAR 126.1", "9A610.a", "CN",
                        NONE, LicenseAnswer.LICENSE_REQUIRED, "column NS1", "22 CFR 126.1"),
                pair("AT-only items need no license to China by the chart", "3A991", "CN", NONE,
                        LicenseAnswer.NO_LICENSE_REQUIRED, null, null),
                pair("a CW row to States not Party to the CWC needs a list not held", "1C350.b", "DE", NONE,
                        LicenseAnswer.UNKNOWN, "742.18", null),
                pair("an entry subject to the ITAR is licensed by State", "9A007", "DE", NONE,
                        LicenseAnswer.OUTSIDE_BIS_JURISDICTION, "22 CFR parts 120-130", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theDeterminationAnswersAsTheRegulationDoes(Pair pair) {
        LicenseRequirement requirement = LicenseRequirements.explain(SHIPPED, pair.destination(),
                List.of(new Item(pair.eccn(), null)), pair.facts(), List.of());
        LicenseRequirement.ItemRequirement item = requirement.items().get(0);

        assertThat(item.answer()).as(item.explanation()).isEqualTo(pair.answer());
        if (pair.citation() != null) {
            assertThat(item.findings()).as(item.explanation())
                    .anySatisfy(finding -> {
                        assertThat(finding.effect()).isEqualTo(pair.answer());
                        assertThat(finding.citation()).contains(pair.citation());
                    });
        }
        if (pair.policy() != null) {
            assertThat(item.reviewPolicies()).as(item.explanation())
                    .anySatisfy(policy -> assertThat(policy).contains(pair.policy()));
        }
        if (!EarRules.armsItem(pair.eccn())) {
            assertThat(item.reviewPolicies()).as("the arms embargo policy is for 600-series and 9x515 items only")
                    .noneSatisfy(policy -> assertThat(policy).contains("22 CFR 126.1"));
        }
        if (pair.answer() == LicenseAnswer.UNKNOWN) {
            assertThat(requirement.notApplied()).as("an undecided answer names the rule not applied").isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void sectionSixJItemsToATerroristSupportingCountryCallForTheNoticeToCongress() {
        // 742.8(a)(4)(i): NS, CB, MT or NP items, or an ECCN ending in 18, to police, military or sensitive end users
        String forMilitary = LicenseRequirements.explain(SHIPPED, "IR", List.of(new Item("3A001.a.1", null)),
                facts(false, false, false, true, false, false), List.of()).congressionalNotification();
        assertThat(forMilitary).startsWith("Place the CONGRESSIONAL_NOTIFICATION hold: 3A001.a.1")
                .contains("742.8(a)(4)(i)").contains("750.4(b)(6)");

        assertThat(LicenseRequirements.explain(SHIPPED, "SY", List.of(new Item("3A001.a.1", null)), NONE, List.of())
                .congressionalNotification()).as("the analyst asks whether the end user is sensitive")
                .startsWith("If the end user in Syria is police, military or another sensitive end user");
        assertThat(LicenseRequirements.explain(SHIPPED, "IR", List.of(new Item("3A991", null)), NONE, List.of())
                .congressionalNotification()).as("AT-only items are not section 6(j) items").isNull();
        assertThat(LicenseRequirements.explain(SHIPPED, "DE", List.of(new Item("3A001.a.1", null)),
                facts(false, false, false, true, false, false), List.of()).congressionalNotification())
                .as("Germany is not a terrorist-supporting country").isNull();
    }

    private static Arguments pair(String why, String eccn, String destination, EndUseFacts facts, LicenseAnswer answer,
            String citation, String policy) {
        return Arguments.of(new Pair(why, eccn, destination, facts, answer, citation, policy));
    }

    private static EndUseFacts facts(boolean nuclear, boolean missile, boolean chemicalBiological, boolean military,
            boolean militaryIntelligence, boolean coveredRegion) {
        return new EndUseFacts(nuclear, missile, chemicalBiological, military, militaryIntelligence, coveredRegion);
    }
}
