package gov.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.shared.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference files are read row by row; every broken row is reported by line and column. */
class ReferenceFileTest {

    private static final Map<String, String> CODES = Map.of("Germany", "DE", "France", "FR");
    private static final String CHART_HEADER = String.join(",", ReferenceDataset.COUNTRY_CHART.columns());

    @Test
    void theShippedFilesAreValidAndComplete() {
        ReferenceSnapshot shipped = ShippedReferenceData.snapshot();

        assertThat(shipped.chart()).hasSize(200);
        assertThat(shipped.groups()).hasSize(201);
        assertThat(shipped.eccns()).as("the whole CCL but 8D001, which the extraction lacks").hasSize(637);
        assertThat(shipped.entry("8D001")).isEmpty();
        assertThat(shipped.chartRow("KP").orElseThrow().isReferral()).isTrue();
        assertThat(shipped.groupRow("IR").orElseThrow().groups()).contains("E:1");
        assertThat(shipped.entry("9A515.a.1").orElseThrow().eccn()).isEqualTo("9A515");
    }

    @Test
    void keepsTheSourceLinesAndReadsTheRows() {
        ReferenceFile file = read("# Source: test\n" + CHART_HEADER + "\nGermany,X,,,,,X,,X,X,,,,,,,,3,chart,\n");

        assertThat(file.isValid()).isTrue();
        assertThat(file.source()).isEqualTo("Source: test");
        assertThat(file.chart()).singleElement().satisfies(row -> {
            assertThat(row.countryCode()).isEqualTo("DE");
            assertThat(row.marks()).containsExactlyInAnyOrder("CB1", "NS1", "MT1", "RS1");
        });
    }

    @Test
    void reportsEveryBrokenRowByLineAndColumn() {
        ReferenceFile file = read(CHART_HEADER + "\n"
                + "Germany,Y,,,,,X,,X,X,,,,,,,,3,chart,\n"
                + "Atlantis,X,,,,,,,,,,,,,,,,,chart,\n"
                + "France,X,,,,,,,,,,,,,,,,,embargo,\n"
                + "Germany,X,,,,,,,,,,,,,,,,,chart,\n");

        assertThat(file.isValid()).isFalse();
        assertThat(file.chart()).isEmpty();
        assertThat(file.violations()).extracting(FieldViolation::field).containsExactly(
                "line 2: CB1", "line 3: country", "line 4: row_type", "line 5: country");
        assertThat(file.violations().get(0).reason()).isEqualTo("must be X or empty, not \"Y\"");
    }

    @Test
    void refusesAFileOfAnotherDataset() {
        ReferenceFile file = read("eccn,heading\n3A001,Electronics\n");

        assertThat(file.violations()).extracting(FieldViolation::field).containsOnly("header");
    }

    private static ReferenceFile read(String csv) {
        return ShippedReferenceData.read(ReferenceDataset.COUNTRY_CHART, csv.getBytes(StandardCharsets.UTF_8), CODES);
    }
}
