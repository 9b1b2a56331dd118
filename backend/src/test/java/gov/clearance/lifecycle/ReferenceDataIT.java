package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The EAR reference data: version 1 is loaded by migration from the shipped files, version 2 adds the whole
 * Commerce Control List, and an ADMIN imports a
 * newer file, checked row by row, as a new version with a report of what changed.
 */
class ReferenceDataIT extends AgainstTestIssuer {

    @Test
    void theShippedFilesAreVersionOneWithTheirSources() {
        JsonNode history = new Api(port).get(ADA, "/api/admin/reference-data").body();

        JsonNode first = history.get(history.size() - 1);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("files").findValuesAsText("dataset"))
                .containsExactly("COUNTRY_CHART", "COUNTRY_GROUPS", "ECCNS");
        assertThat(first.path("files").get(0).path("source").asText()).contains("Supplement No. 1",
                "2026-09-01");
        assertThat(first.path("changes").get(0).path("added")).hasSize(200);
        assertThat(first.path("changes").get(2).path("added")).hasSize(68);

        JsonNode wholeList = history.get(history.size() - 2);
        assertThat(wholeList.path("version").asInt()).as("migration 20 ships the whole CCL").isEqualTo(2);
        assertThat(wholeList.path("files").findValuesAsText("fileName")).containsExactly("ccl.csv");
        assertThat(wholeList.path("changes").get(0).path("added")).as("637 entries less the 68 of version 1")
                .hasSize(637 - 68);
    }

    @Test
    void anImportMakesANewVersionAndReportsEveryChangedField() {
        String chart = shipped("country-chart.csv").replace("\nGermany,X,,,,,X,,X,X,,,,,,,,3,chart,\n",
                "\nGermany,X,,,,,X,,X,X,,,,,,,,3;9,chart,\n");
        int before = new Api(port).get(ADA, "/api/admin/reference-data").body().get(0).path("version").asInt();

        Api.Reply imported = new Api(port).upload(ADA, "/api/admin/reference-data/country-chart", Map.of(),
                "country-chart-amended.csv", "text/csv", chart.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.body().path("version").asInt()).isEqualTo(before + 1);
        assertThat(imported.body().path("rows").asInt()).isEqualTo(200);
        JsonNode changes = imported.body().path("changes");
        assertThat(changes.path("added")).isEmpty();
        assertThat(changes.path("removed")).isEmpty();
        assertThat(changes.path("changed")).singleElement().satisfies(change -> {
            assertThat(change.path("key").asText()).isEqualTo("DE");
            assertThat(change.path("field").asText()).isEqualTo("notes");
            assertThat(change.path("before").asText()).isEqualTo("[3]");
            assertThat(change.path("after").asText()).isEqualTo("[3, 9]");
        });

        Api.Reply again = new Api(port).upload(ADA, "/api/admin/reference-data/country-chart", Map.of(),
                "country-chart-amended.csv", "text/csv", chart.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as("the same data makes no new version").isEqualTo(200);
        assertThat(again.body().path("created").asBoolean()).isFalse();
        assertThat(again.body().path("version").asInt()).isEqualTo(before + 1);
    }

    @Test
    void aFileWithBrokenRowsIsRefusedWholeWithEveryRowNamed() {
        String broken = shipped("country-chart.csv")
                .replace("\nGermany,X,,,,,X,,X,X,", "\nGermany,Y,,,,,X,,X,X,")
                .replace("\nFrance,", "\nFrankreich,");
        int versions = new Api(port).get(ADA, "/api/admin/reference-data").body().size();

        Api.Reply refused = new Api(port).upload(ADA, "/api/admin/reference-data/country-chart", Map.of(),
                "broken.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .anySatisfy(field -> assertThat(field).endsWith(": CB1"))
                .anySatisfy(field -> assertThat(field).endsWith(": country"));
        assertThat(refused.body().path("errors").findValuesAsText("reason"))
                .contains("\"Frankreich\" is a destination without a known ISO code; add a code column");
        assertThat(new Api(port).get(ADA, "/api/admin/reference-data").body()).hasSize(versions);
    }

    @Test
    void anAdministratorLoadsTheHtsListsOfPart746AsANewVersion() {
        // a made-up line for the mechanism: no stored copy of the supplements' tables was found to ship
        String lists = "# Test fixture, not regulation text\n"
                + String.join(",", List.of("supplement", "hts_code", "description", "destinations", "section",
                        "review_policy", "source")) + "\n"
                + "4,9999.99,Test line,RU;BY,746.8(a)(5),Policy of denial (test),test fixture\n";
        int before = new Api(port).get(ADA, "/api/admin/reference-data").body().get(0).path("version").asInt();

        Api.Reply refused = new Api(port).upload(ADA, "/api/admin/reference-data/part-746-hts-lists", Map.of(),
                "hts.csv", "text/csv", lists.replace("RU;BY", "RU;XX").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("line 3: destinations");

        Api.Reply imported = new Api(port).upload(ADA, "/api/admin/reference-data/part-746-hts-lists", Map.of(),
                "hts.csv", "text/csv", lists.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.body().path("version").asInt()).isEqualTo(before + 1);
        assertThat(imported.body().path("changes").path("added").toString()).contains("4:999999");
    }

    @Test
    void theDestinationListsAreDataThatAnImportChangesForTheDetermination() {
        Map<String, Object> unItemToSudan = Map.of("destination", "SD", "eccns", List.of("6A003.b.3"));
        assertThat(unRuleFindings(new Api(port).post(ALICE, "/api/applicant/license-requirement", unItemToSudan)
                .body())).as("migration 35.1 gives the version the shipped lists").contains("LICENSE_REQUIRED");

        String shipped = shipped("destination-lists.csv");
        String withoutSudan = shipped.replace("UN_ARMS_EMBARGO,SD,Sudan,15 CFR 746.1(b)(2),\"81 FR 76861, Nov. 4, "
                + "2016\"\n", "");
        assertThat(withoutSudan).isNotEqualTo(shipped);
        Api.Reply imported = new Api(port).upload(ADA, "/api/admin/reference-data/destination-lists", Map.of(),
                "destination-lists.csv", "text/csv", withoutSudan.getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
            assertThat(imported.body().path("changes").path("removed").toString()).contains("UN_ARMS_EMBARGO:SD");
            assertThat(unRuleFindings(new Api(port).post(ALICE, "/api/applicant/license-requirement",
                    unItemToSudan).body())).as("the new version's list decides").doesNotContain("LICENSE_REQUIRED");
        } finally {
            Api.Reply restored = new Api(port).upload(ADA, "/api/admin/reference-data/destination-lists", Map.of(),
                    "destination-lists.csv", "text/csv", shipped.getBytes(StandardCharsets.UTF_8));
            assertThat(restored.status()).isEqualTo(201);
        }
    }

    /** The effects of the findings citing 746.1(b)(2)-(3) for the determination's one item. */
    private static List<String> unRuleFindings(JsonNode requirement) {
        List<String> effects = new java.util.ArrayList<>();
        requirement.path("items").get(0).path("findings").forEach(finding -> {
            if (finding.path("citation").asText().equals("15 CFR 746.1(b)(2)-(3)")) {
                effects.add(finding.path("effect").asText());
            }
        });
        return effects;
    }

    @Test
    void anUnknownDatasetIsRefused() {
        Api.Reply refused = new Api(port).upload(ADA, "/api/admin/reference-data/treaties", Map.of(), "x.csv",
                "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("dataset");
    }

    static String shipped(String file) {
        try (InputStream in = ReferenceDataIT.class.getClassLoader()
                .getResourceAsStream("db/migration/reference/ear/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
