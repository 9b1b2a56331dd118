package gov.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.classification.LicenseRequirements.Item;
import gov.clearance.shared.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTS lists of part 746's supplements, which no stored copy of the regulation let us ship: an ADMIN imports
 * them, each line checked; until then EAR99 items to Russia and Belarus are reported as not decided, and once they
 * are loaded the item's HTS code decides. The lines below are made up for the mechanism: they are no regulation's.
 */
class HtsListsTest {

    private static final ReferenceSnapshot SHIPPED = ShippedReferenceData.snapshot();
    private static final String HEADER = String.join(",", ReferenceDataset.HTS_LISTS.columns());
    private static final EndUseFacts NONE = new EndUseFacts(false, false, false, false, false, false);

    @Test
    void aListLineIsCheckedFieldByField() {
        ReferenceFile file = read(HEADER + "\n"
                + "4,8471.30,Test line one,RU;BY,746.8(a)(5),Policy of denial (test),test fixture\n"
                + "x,84713,,RU;ZZ,part 746,,\n"
                + "4,847130,Duplicate,RU,746.8(a)(5),,test fixture\n");

        assertThat(file.violations()).extracting(FieldViolation::field).containsExactly("line 3: supplement",
                "line 3: hts_code", "line 3: description", "line 3: destinations", "line 3: section", "line 3: source",
                "line 4: hts_code");
        assertThat(file.isValid()).as("one broken line refuses the whole file").isFalse();

        ReferenceFile valid = read(HEADER + "\n4,8471.30,Test line one,RU;BY,746.8(a)(5),,test fixture\n");
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.htsLists()).singleElement().satisfies(entry -> {
            assertThat(entry.htsCode()).isEqualTo("847130");
            assertThat(entry.key()).isEqualTo("4:847130");
        });
    }

    @Test
    void withoutTheListsEar99ToRussiaIsNotDecidedAndTheListsAreNamedAsNotLoaded() {
        LicenseRequirement requirement = explain(SHIPPED, "RU", "8471.30.0100");

        assertThat(requirement.answer()).isEqualTo(LicenseAnswer.UNKNOWN);
        assertThat(requirement.notApplied()).extracting(LicenseRequirement.NotApplied::rule)
                .contains("EAR_746_HTS_LISTS");
    }

    @Test
    void onceLoadedTheItemsHtsCodeDecides() {
        ReferenceFile lists = read(HEADER + "\n4,8471.30,Test line one,RU;BY,746.8(a)(5),Policy of denial (test),"
                + "test fixture\n");
        ReferenceSnapshot loaded = SHIPPED.with(lists, SHIPPED.version() + 1);

        LicenseRequirement listed = explain(loaded, "RU", "8471.30.0100");
        assertThat(listed.answer()).isEqualTo(LicenseAnswer.LICENSE_REQUIRED);
        assertThat(listed.items().get(0).findings()).anySatisfy(finding -> {
            assertThat(finding.citation()).isEqualTo("15 CFR 746.8(a)(5); supplement no. 4 to part 746");
            assertThat(finding.reviewPolicy()).isEqualTo("Policy of denial (test)");
        });

        assertThat(explain(loaded, "RU", "0901.21").answer()).as("a code on no list")
                .isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);
        assertThat(explain(loaded, "RU", null).answer()).as("no code given").isEqualTo(LicenseAnswer.UNKNOWN);
        assertThat(explain(loaded, "DE", "8471.30").answer()).as("a list reaching other destinations")
                .isEqualTo(LicenseAnswer.NO_LICENSE_REQUIRED);
    }

    private static LicenseRequirement explain(ReferenceSnapshot data, String destination, String hts) {
        return LicenseRequirements.explain(data, destination, List.of(new Item("EAR99", hts)), NONE, List.of());
    }

    private static ReferenceFile read(String csv) {
        return ReferenceFile.read(ReferenceDataset.HTS_LISTS, new java.io.ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), Map.of(), code -> List.of("RU", "BY", "DE").contains(code));
    }
}
