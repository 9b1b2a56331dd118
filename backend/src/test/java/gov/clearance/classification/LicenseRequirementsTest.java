package gov.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.classification.LicenseRequirement.ControlCheck;
import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.classification.LicenseRequirement.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The license-required answer (15 CFR 738.4(a)): the item's reasons for control, their Country Chart columns
 * and the destination's X marks, then the embargo (part 746) and Entity List (744.11) rules. Worked against
 * the shipped Country Chart and CCL entries, and the regulation's own sample entry 2A000 of 738.4(b).
 */
class LicenseRequirementsTest {

    private static final ReferenceSnapshot SHIPPED = ShippedReferenceData.snapshot();

    /**
     * The sample ECCN the regulation uses to explain the chart (15 CFR 738.4(b)): "Reason for Control: NS,
     * NP, AT. NS applies to entire entry: NS Column 2. NP applies to 2A000.b: NP Column 1. AT applies to
     * entire entry: AT Column 1."
     */
    private static final ReferenceSnapshot WITH_SAMPLE_ENTRY = withEntry(new EccnEntry("2A000", "Entry heading.",
            Set.of("NS", "NP", "AT"), Set.of("NS2", "NP1", "AT1"), List.of(
                    new EccnEntry.Control("NS applies to entire entry", "NS Column 2."),
                    new EccnEntry.Control("NP applies to 2A000.b", "NP Column 1."),
                    new EccnEntry.Control("AT applies to entire entry", "AT Column 1.")),
            "15 CFR 738.4(b)", LocalDate.of(2026, 9, 1)));

    @Test
    void theSampleEntryNeedsALicenseWhereTheChartMarksItsColumns() {
        // China has an X in NS2 and in NP1: both rows require a license for 2A000.b
        ItemRequirement item = only(explain(WITH_SAMPLE_ENTRY, "CN", "2A000.b"));

        assertThat(item.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(check(item, "NS2").destinationControlled()).isTrue();
        assertThat(check(item, "NP1").scope()).isEqualTo(Scope.APPLIES);
        assertThat(check(item, "NP1").destinationControlled()).isTrue();
        assertThat(check(item, "AT1").destinationControlled()).isFalse();
        assertThat(item.explanation()).startsWith("A license is required for 2A000.b to China:")
                .contains("China has an X in NS2").contains("China has an X in NP1");
    }

    @Test
    void aRowForOtherParagraphsDoesNotApplyToTheItem() {
        ItemRequirement item = only(explain(WITH_SAMPLE_ENTRY, "CN", "2A000.a"));

        assertThat(check(item, "NP1").scope()).isEqualTo(Scope.DOES_NOT_APPLY);
        assertThat(item.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(item.explanation()).contains("NS2").doesNotContain("has an X in NP1");
    }

    @Test
    void noLicenseIsRequiredWhereNoneOfTheColumnsIsMarked() {
        // the United Kingdom's row carries only CB1
        LicenseRequirement answer = explain(WITH_SAMPLE_ENTRY, "GB", "2A000.b");

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);
        assertThat(answer.explanation()).startsWith("No license is required to United Kingdom by any rule applied.")
                .contains("United Kingdom has no X in NS2").contains("United Kingdom has no X in NP1");
    }

    @Test
    void anEntryWithoutAParagraphOnTheFormMayOrMayNotFallUnderAParagraphRow() {
        // India has no X in NS2 but an X in NP1, which covers only 2A000.b
        ItemRequirement item = only(explain(WITH_SAMPLE_ENTRY, "IN", "2A000"));

        assertThat(check(item, "NS2").destinationControlled()).isFalse();
        assertThat(check(item, "NP1").scope()).isEqualTo(Scope.MAY_APPLY);
        assertThat(item.answer()).isEqualTo(LicenseAnswer.DEPENDS_ON_THE_ITEM);
        assertThat(item.explanation()).contains("if the item is one the row \"NP applies to 2A000.b\" covers");
    }

    @Test
    void machineToolsNeedALicenseToRussiaForNationalSecurityButToIndiaOnlyForNonProliferation() {
        // 2B001: NS Column 2 for the entire entry; NP Column 1 for .a to .d, with exceptions by kind of machine
        assertThat(only(explain(SHIPPED, "RU", "2B001.a")).answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);

        ItemRequirement toIndia = only(explain(SHIPPED, "IN", "2B001.a"));
        assertThat(check(toIndia, "NS2").destinationControlled()).isFalse();
        assertThat(check(toIndia, "NP1").destinationControlled()).isTrue();
        assertThat(check(toIndia, "NP1").scope()).isEqualTo(Scope.MAY_APPLY);
        assertThat(toIndia.answer()).isEqualTo(LicenseAnswer.DEPENDS_ON_THE_ITEM);
    }

    @Test
    void aParagraphRowNamingTheItemAppliesAndOneNamingOthersDoesNot() {
        // 3A001: NS Column 1 for MMIC amplifiers in 3A001.b.2 and transistors in b.3; NS Column 2 for the rest
        ItemRequirement mmic = only(explain(SHIPPED, "DE", "3A001.b.2"));
        ControlCheck ns1 = check(mmic, "NS1");
        // named, but excepted when for civil telecommunications, which the form does not say
        assertThat(ns1.scope()).isEqualTo(Scope.MAY_APPLY);
        assertThat(ns1.destinationControlled()).isTrue();

        ItemRequirement other = only(explain(SHIPPED, "DE", "3A001.a.1"));
        assertThat(check(other, "NS1").scope()).isEqualTo(Scope.DOES_NOT_APPLY);
    }

    @Test
    void rowsTheChartDoesNotDecideAreReadForTheDestinationsTheyName() {
        // 3A090.b: "To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4,
        // and D:5 ..., excluding any destination also specified in Country Groups A:5 or A:6"
        ItemRequirement toUae = only(explain(SHIPPED, "AE", "3A090.b"));
        assertThat(toUae.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(toUae.explanation()).contains("the row controls United Arab Emirates");
        // named outright, the UAE is controlled though it is in A:5; China is controlled through D:1, D:4, D:5
        assertThat(only(explain(SHIPPED, "CN", "3A090.b")).answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);

        // Germany is named by none of the 3A090.b row's destinations
        ItemRequirement toGermany = only(explain(SHIPPED, "DE", "3A090.b"));
        assertThat(toGermany.controls()).filteredOn(check -> check.appliesTo().startsWith("RS applies to 3A090.b"))
                .singleElement().satisfies(check -> assertThat(check.destinationControlled()).isFalse());
        assertThat(toGermany.answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);

        // 3A090.a is controlled "to or within any destination worldwide"
        assertThat(only(explain(SHIPPED, "DE", "3A090.a")).answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
    }

    @Test
    void anExceptedParagraphFallsOutsideAnEntireEntryRow() {
        // 3A611: "NS applies to entire entry except 3A611.y"; "RS applies to 3A611.y => China, Russia, or Venezuela"
        ItemRequirement toGermany = only(explain(SHIPPED, "DE", "3A611.y.1"));
        assertThat(check(toGermany, "NS1").scope()).isEqualTo(Scope.DOES_NOT_APPLY);
        assertThat(toGermany.answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);

        assertThat(only(explain(SHIPPED, "CN", "3A611.y.1")).answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
    }

    @Test
    void antiTerrorismOnlyItemsNeedNoLicenseByTheChartBecauseNoRowHasAnXInAt1() {
        LicenseRequirement answer = explain(SHIPPED, "CN", "3A991");

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);
        assertThat(answer.explanation()).contains("China has no X in AT1");
    }

    @Test
    void ear99NeedsALicenseOnlyThroughEmbargoOrEndUserRules() {
        assertThat(explain(SHIPPED, "CN", "EAR99").answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);

        // Cuba: a license for all items subject to the EAR (746.2)
        LicenseRequirement toCuba = explain(SHIPPED, "CU", "EAR99");
        assertThat(toCuba.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(toCuba.embargo().section()).isEqualTo("15 CFR 746.2(a)");
        assertThat(toCuba.embargo().countryGroup()).isEqualTo("E:2");

        // North Korea: every item except food and medicines classified EAR99 (746.4)
        LicenseRequirement toNorthKorea = explain(SHIPPED, "KP", "EAR99");
        assertThat(toNorthKorea.answer()).isEqualTo(LicenseAnswer.DEPENDS_ON_THE_ITEM);
        assertThat(toNorthKorea.explanation()).contains("unless they are food or medicine").contains("15 CFR 746.4(a)");
    }

    @Test
    void embargoedDestinationsNeedALicenseForCclItemsThoughTheirRowsHaveNoX() {
        LicenseRequirement toSyria = explain(SHIPPED, "SY", "3A991");
        assertThat(toSyria.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(toSyria.embargo().countryGroup()).isEqualTo("E:1");

        // Iran: any CCL item naming AT Column 1, among others (746.7(a)(1)(i))
        LicenseRequirement toIran = explain(SHIPPED, "IR", "3A991");
        assertThat(toIran.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(toIran.explanation()).contains("[15 CFR 746.7(a)(1)(i)]");
    }

    @Test
    void aConfirmedEntityListPartyRequiresALicenseForEveryItemWithItsReviewPolicy() {
        EndUserListing listed = new EndUserListing("ultimate consignee \"Example Trading\"",
                "Entity List (EL) - Bureau of Industry and Security", "EL",
                "For all items subject to the EAR. (See §744.11 of the EAR).", "Presumption of denial.", true);

        LicenseRequirement answer = LicenseRequirements.explain(SHIPPED, "DE", List.of("EAR99"), List.of(listed));

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(answer.endUsers()).singleElement().satisfies(rule -> assertThat(rule.requiresLicense()).isTrue());
        assertThat(answer.explanation()).contains("is on the Entity List").contains("Presumption of denial");
    }

    @Test
    void anUnadjudicatedHitIsShownButDoesNotDecide() {
        EndUserListing possible = new EndUserListing("purchaser \"Example Trading\"",
                "Entity List (EL) - Bureau of Industry and Security", "EL", "For all items subject to the EAR.",
                "Presumption of denial.", false);

        LicenseRequirement answer = LicenseRequirements.explain(SHIPPED, "DE", List.of("EAR99"), List.of(possible));

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);
        assertThat(answer.explanation()).contains("awaits adjudication");
    }

    @Test
    void anEccnTheReferenceDataDoesNotHoldMustBeClassifiedByHand() {
        // 8D001 is the one entry the extraction of the CCL lacks
        LicenseRequirement answer = explain(SHIPPED, "DE", "8D001.a");

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.UNKNOWN);
        assertThat(answer.explanation()).contains("8D001.a is not among the 637 CCL entries")
                .contains("may refer the case on its own judgment");
    }

    @Test
    void theCaseAnswerIsTheStrongestOfItsItems() {
        LicenseRequirement answer = LicenseRequirements.explain(SHIPPED, "CN", List.of("EAR99", "2B001.a"),
                List.of());

        assertThat(answer.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(answer.items()).extracting(ItemRequirement::answer)
                .containsExactly(LicenseAnswer.NO_LICENSE_REQUIRED, LicenseAnswer.LICENSE_REQUIRED);
        assertThat(answer.countryGroups()).contains("D:1", "D:5");
    }

    private static LicenseRequirement explain(ReferenceSnapshot data, String destination, String eccn) {
        return LicenseRequirements.explain(data, destination, List.of(eccn), List.of());
    }

    private static ItemRequirement only(LicenseRequirement requirement) {
        assertThat(requirement.items()).hasSize(1);
        return requirement.items().get(0);
    }

    private static ControlCheck check(ItemRequirement item, String column) {
        return item.controls().stream().filter(check -> column.equals(check.column())).findFirst()
                .orElseThrow(() -> new AssertionError("no row with column " + column + " in " + item.controls()));
    }

    private static ReferenceSnapshot withEntry(EccnEntry entry) {
        Map<String, EccnEntry> eccns = new HashMap<>(SHIPPED.eccns());
        eccns.put(entry.eccn(), entry);
        return new ReferenceSnapshot(1, SHIPPED.chart(), SHIPPED.groups(), eccns, SHIPPED.htsLists(),
                SHIPPED.destinationLists());
    }
}
