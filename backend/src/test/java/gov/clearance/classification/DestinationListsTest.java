package gov.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.classification.LicenseRequirements.Item;
import gov.clearance.shared.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The destination lists the EAR prints (746.1(b)(2), 746.8(a)(1), 744.21(a), 744.22(a), 750.4(b)(6)(i), 742.14(a),
 * 742.15(a)(1)) are reference data: shipped with their citations, checked row by row when imported, and read by
 * the determination from the version a case is classified against, so a newer list changes the answer without a
 * change of code.
 */
class DestinationListsTest {

    private static final ReferenceSnapshot SHIPPED = ShippedReferenceData.snapshot();
    private static final String HEADER = String.join(",", ReferenceDataset.DESTINATION_LISTS.columns());
    private static final EndUseFacts NONE = new EndUseFacts(false, false, false, false, false, false);

    @Test
    void everyShippedRowCitesTheSectionThatPrintsItsList() {
        assertThat(Arrays.stream(DestinationList.values())).allMatch(SHIPPED::holds);
        Map<DestinationList, List<String>> byList = SHIPPED.destinationLists().values().stream()
                .collect(Collectors.groupingBy(DestinationListEntry::list, Collectors.mapping(
                        DestinationListEntry::destination, Collectors.toList())));
        assertThat(byList.get(DestinationList.UN_ARMS_EMBARGO)).containsExactlyInAnyOrder("CF", "CD", "ER", "IR",
                "IQ", "LB", "LY", "KP", "SO", "SD");
        assertThat(byList.get(DestinationList.TERRORIST_SUPPORTING)).containsExactlyInAnyOrder("IR", "KP", "SY");
        assertThat(SHIPPED.listed(DestinationList.UN_ARMS_EMBARGO, "SD")).hasValueSatisfying(entry -> {
            assertThat(entry.citation()).isEqualTo("15 CFR 746.1(b)(2)");
            assertThat(entry.listedAs()).isEqualTo("Sudan");
            assertThat(entry.textAsOf()).isEqualTo("81 FR 76861, Nov. 4, 2016");
        });
    }

    @Test
    void aCountryGroupOnAListBringsInEveryMemberOfIt() {
        assertThat(SHIPPED.groupRow("IR").orElseThrow().groups()).contains("E:1");
        assertThat(SHIPPED.listed(DestinationList.MILITARY_INTELLIGENCE, "IR")).hasValueSatisfying(entry ->
                assertThat(entry.destination()).isEqualTo("E:1"));
        assertThat(SHIPPED.lists(DestinationList.MILITARY_INTELLIGENCE, "DE")).isFalse();
    }

    @Test
    void aListFileIsCheckedRowByRowAndMustHoldEveryList() {
        ReferenceFile broken = read(HEADER + "\n"
                + "UN_ARMS_EMBARGO,XX,Nowhere,15 CFR 746.1(b)(2),\"81 FR 76861, Nov. 4, 2016\"\n"
                + "TREATY_LIST,SD,Sudan,part 746,\"81 FR 76861, Nov. 4, 2016\"\n"
                + "UN_ARMS_EMBARGO,SD,Sudan,15 CFR 746.1(b)(2),\n");

        assertThat(broken.violations()).extracting(FieldViolation::field).containsExactly("line 2: destination",
                "line 3: list", "line 3: citation", "line 4: text_as_of");

        ReferenceFile partial = read(HEADER + "\nUN_ARMS_EMBARGO,SD,Sudan,15 CFR 746.1(b)(2),\"81 FR 76861\"\n");
        assertThat(partial.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("list");
            assertThat(violation.reason()).contains("missing", "TERRORIST_SUPPORTING");
        });
    }

    @Test
    void theDeterminationReadsTheListsOfItsVersion() {
        Item unItem = new Item("6A003.b.3", null);
        LicenseRequirement listed = LicenseRequirements.explain(SHIPPED, "SD", List.of(unItem), NONE, List.of());
        assertThat(listed.items().get(0).findings()).anySatisfy(finding -> {
            assertThat(finding.citation()).isEqualTo("15 CFR 746.1(b)(2)-(3)");
            assertThat(finding.effect()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
            assertThat(finding.text()).contains("listed as \u201cSudan\u201d", "81 FR 76861");
        });

        String withoutSudan = shippedFile().lines().filter(line -> !line.startsWith("UN_ARMS_EMBARGO,SD,"))
                .collect(Collectors.joining("\n"));
        ReferenceSnapshot amended = SHIPPED.with(read(withoutSudan), SHIPPED.version() + 1);
        LicenseRequirement delisted = LicenseRequirements.explain(amended, "SD", List.of(unItem), NONE, List.of());
        assertThat(delisted.items().get(0).findings()).noneSatisfy(finding -> {
            assertThat(finding.citation()).isEqualTo("15 CFR 746.1(b)(2)-(3)");
            assertThat(finding.effect()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        });
    }

    private static String shippedFile() {
        return new String(ShippedReferenceDataMigration.bytes(ShippedDestinationListsMigration.FILE),
                StandardCharsets.UTF_8);
    }

    private static ReferenceFile read(String csv) {
        return ReferenceFile.read(ReferenceDataset.DESTINATION_LISTS, new java.io.ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), Map.of(), code -> !"XX".equals(code));
    }
}
