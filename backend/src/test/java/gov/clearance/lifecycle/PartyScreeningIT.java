package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every party is screened against the Consolidated Screening List when the case is registered and after each
 * import of the list; hits go to the BIS analyst, who adjudicates each, and the case cannot be decided while
 * one is open. A true Entity List match sets the case's review policy and requires a license. Applicants
 * never see any of it.
 */
class PartyScreeningIT extends AgainstTestIssuer {

    @Test
    void aListedConsigneeIsHitAtRegistrationAndBlocksTheDecisionUntilAdjudicated() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        // the Entity List spells it "Gulf Gate Sea Cargo LLC", in the United Arab Emirates
        String id = steps.submitted(ALICE.username(), formWithConsignee("Gulf Gate Sea Cargo L.L.C.", "AE"));

        JsonNode screening = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body();
        assertThat(screening.path("lastRun").path("cause").asText()).isEqualTo("REGISTRATION");
        JsonNode hit = hitOn(screening, "Gulf Gate Sea Cargo LLC");
        assertThat(hit.path("list").asText()).startsWith("Entity List (EL)");
        assertThat(hit.path("party").asText()).isEqualTo("purchaser, ultimate consignee, end user 1");
        assertThat(hit.path("score").asDouble()).isGreaterThan(0.9);
        assertThat(hit.path("reasons")).isNotEmpty();
        assertThat(screening.path("openHits").asInt()).isPositive();

        Api.Reply decided = steps.send(BIANCA.username(), "POST", "/api/staff/applications/" + id + "/review",
                Map.of("action", "DECIDE", "proposedOutcome", "APPROVE", "analysis", "Approve."));
        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.body().path("detail").asText()).contains("awaiting adjudication");

        String adjudication = "/api/staff/applications/" + id + "/screening/hits/" + hit.path("id").asText()
                + "/adjudication";
        Api.Reply withoutReason = api.post(BIANCA, adjudication, Map.of("outcome", "TRUE_MATCH"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.post(ALICE, adjudication, Map.of("outcome", "FALSE_POSITIVE", "reason", "Mine.")).status())
                .isEqualTo(403);

        for (JsonNode open : screening.path("hits")) {
            boolean theListedOne = open.path("id").equals(hit.path("id"));
            Api.Reply adjudicated = api.post(BIANCA, "/api/staff/applications/" + id + "/screening/hits/"
                    + open.path("id").asText() + "/adjudication", Map.of("outcome", theListedOne ? "TRUE_MATCH"
                    : "FALSE_POSITIVE", "reason", "Same name and the same Dubai address as the listed entity."));
            assertThat(adjudicated.status()).as(adjudicated.body().toString()).isEqualTo(200);
        }
        assertThat(api.post(BIANCA, adjudication, Map.of("outcome", "FALSE_POSITIVE", "reason", "Changed my mind."))
                .status()).as("adjudicated once").isEqualTo(409);

        JsonNode adjudicated = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body();
        assertThat(adjudicated.path("openHits").asInt()).isZero();
        assertThat(adjudicated.path("reviewPolicy").asText()).startsWith("Presumption of denial");
        assertThat(hitOn(adjudicated, "Gulf Gate Sea Cargo LLC").path("adjudication").path("adjudicatedBy").asText())
                .isEqualTo("bianca");

        JsonNode classification = api.get(BIANCA, "/api/staff/applications/" + id + "/classification").body();
        assertThat(classification.path("licenseRequirement").path("answer").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(classification.path("licenseRequirement").path("explanation").asText())
                .contains("is on the Entity List");
        assertThat(classification.path("referralSuggestion").path("agencies").findValuesAsText("agency"))
                .contains("DOD", "STATE");
        assertThat(classification.path("referralSuggestion").path("facts").toString()).contains("PARTY_FLAG EL");

        String timeline = api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body().toString();
        assertThat(timeline).contains("SCREENING_HIT_ADJUDICATED");

        String applicantView = api.get(ALICE, "/api/applicant/applications/" + id).body().toString();
        assertThat(applicantView).doesNotContain("Gulf Gate Sea Cargo LLC").doesNotContain("Entity List")
                .doesNotContain("screening");
        assertThat(api.get(ALICE, "/api/staff/applications/" + id + "/screening").status()).isEqualTo(403);
        JsonNode applicantTimeline = api.get(ALICE, "/api/applicant/applications/" + id + "/timeline").body();
        assertThat(applicantTimeline.findValuesAsText("action")).contains("APPLICATION_DRAFTED", "APPLICATION_SUBMITTED")
                .doesNotContain("SCREENING_HIT_ADJUDICATED", "BIS_REVIEW_RECORDED");
        assertThat(applicantTimeline.findValuesAsText("by")).doesNotContain("bianca", "Bianca Analyst");
        assertThat(api.get(ERIN, "/api/staff/applications/" + id + "/screening").status())
                .as("not referred to Energy").isEqualTo(404);
    }

    @Test
    void anImportScreensTheOpenCasesAgainAndFindsNewlyListedParties() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted(ALICE.username(), formWithConsignee("Nordlicht Praezisionsoptik GmbH", "DE"));
        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body().path("hits")).isEmpty();

        String listed = "\"test-nordlicht-1\",\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"\",\"\","
                + "\"NORDLICHT PRAEZISIONSOPTIK\",\"\",\"Hansastrasse 27c, Munich, DE\",\"91 FR 00000\",\"\",\"\",\"\","
                + "\"For all items subject to the EAR.\",\"Case-by-case review.\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                + "\"\",\"Nordlicht Optik\",\"\",\"\",\"\",\"\",\"\",\"\"\n";
        Api.Reply imported = importList("text/csv", sample("csv") + listed);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.body().path("entryCount").asInt()).isEqualTo(58);
        assertThat(imported.body().path("entriesBySource").path("Entity List (EL) - Bureau of Industry and Security")
                .asInt()).isEqualTo(19);
        awaitRescreening(imported.body().path("id").asText());

        JsonNode screening = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body();
        assertThat(screening.path("lastRun").path("cause").asText()).isEqualTo("LIST_IMPORT");
        JsonNode hit = hitOn(screening, "NORDLICHT PRAEZISIONSOPTIK");
        assertThat(hit.path("reasons").toString()).containsIgnoringCase("GmbH");
        assertThat(screening.path("openHits").asInt()).isEqualTo(1);

        // the list as published again, without the entry: the hit is no longer current and blocks nothing
        Api.Reply republished = importList("application/json", sample("json"));
        assertThat(republished.status()).as(republished.body().toString()).isEqualTo(201);
        assertThat(republished.body().path("entryCount").asInt()).isEqualTo(57);
        awaitRescreening(republished.body().path("id").asText());
        JsonNode after = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body();
        assertThat(hitOn(after, "NORDLICHT PRAEZISIONSOPTIK").path("current").asBoolean()).isFalse();
        assertThat(after.path("openHits").asInt()).isZero();
    }

    @Test
    void aListWithBrokenEntriesIsRefusedWholeWithEachNamed() {
        int imports = new Api(port).get(ADA, "/api/admin/screening-lists").body().size();
        String broken = sample("csv") + "\"x-1\",\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"\",\"\","
                + "\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                + "\"\",\"\",\"\"\n";

        Api.Reply refused = importList("text/csv", broken);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("line 59: name");
        assertThat(importList("text/plain", "hello").body().path("errors").findValuesAsText("field"))
                .containsExactly("Content-Type");
        assertThat(new Api(port).get(ADA, "/api/admin/screening-lists").body()).hasSize(imports);
    }

    // ------------------------------------------------------------------ helpers

    static Map<String, Object> formWithConsignee(String name, String country) {
        Map<String, Object> form = ApplicationForms.valid(name);
        Map<String, Object> party = Map.of("name", name, "address", "Warehouse 7, Jebel Ali Free Zone", "country",
                country);
        form.put("purchaser", party);
        form.put("ultimateConsignee", party);
        form.put("endUsers", List.of(party));
        return form;
    }

    private static JsonNode hitOn(JsonNode screening, String listedName) {
        for (JsonNode hit : screening.path("hits")) {
            if (hit.path("listedName").asText().equals(listedName)) {
                return hit;
            }
        }
        throw new AssertionError("no hit on " + listedName + " in " + screening.toPrettyString());
    }

    private Api.Reply importList(String contentType, String body) {
        return new Api(port).sendRaw(ADA, "POST", "/api/admin/screening-lists?fileName=test-list", contentType,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitRescreening(String importId) {
        Awaitility.await("the open cases screened against import " + importId).atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> new Api(port).get(ADA, "/api/admin/screening-lists/" + importId).body()
                        .path("rescreenFinishedAt"), finished -> !finished.isMissingNode() && !finished.isNull());
    }

    static String sample(String extension) {
        try (InputStream in = PartyScreeningIT.class.getClassLoader().getResourceAsStream(
                "db/migration/reference/screening/consolidated-screening-list-sample." + extension)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
