package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case explains whether a license is required and suggests the agencies to refer it to; BIS's referral
 * defaults to the suggestion, and departing from it takes a reason, which the audit trail keeps. The
 * applicant gets the same license-required answer as a hint while drafting.
 */
class CaseClassificationIT extends AgainstTestIssuer {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theStaffCaseShowsTheLicenseRequirementTheSuggestedReferralAndTheScreening() {
        Api api = new Api(port);
        // 3A001.a.1 (MT applies to 3A001.a.1.a "when usable in missiles"; Germany has an X in MT1) and EAR99
        String id = CaseSteps.signedByTestIssuer(api).submitted(ALICE.username(), ApplicationForms.valid());

        JsonNode staffCase = api.get(BIANCA, "/api/staff/applications/" + id).body();
        JsonNode requirement = staffCase.path("classification").path("licenseRequirement");
        assertThat(requirement.path("destinationName").asText()).isEqualTo("Germany");
        assertThat(requirement.path("answer").asText()).isEqualTo("DEPENDS_ON_THE_ITEM");
        assertThat(requirement.path("items").findValuesAsText("eccn")).containsExactly("3A001.a.1", "EAR99");
        assertThat(requirement.path("items").get(0).path("explanation").asText())
                .startsWith("Whether 3A001.a.1 needs a license to Germany depends on the item:")
                .contains("Germany has an X in MT1");
        assertThat(requirement.path("items").get(0).path("controls")).anySatisfy(check -> {
            assertThat(check.path("column").asText()).isEqualTo("NS2");
            assertThat(check.path("destinationControlled").asBoolean()).isFalse();
        });
        assertThat(requirement.path("items").get(1).path("answer").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        JsonNode suggestion = staffCase.path("classification").path("referralSuggestion");
        // MT: State chairs the missile review, Defense sits on it (750.3(b)(2); 750.4(d)(2)(i))
        assertThat(suggestion.path("agencies").findValuesAsText("agency")).containsExactly("STATE", "DOD");
        assertThat(suggestion.path("agencies").get(0).path("rules").get(0).asText()).contains("missile technology");
        assertThat(suggestion.path("agencies").get(1).path("rules").get(0).asText()).contains("750.4(d)(2)(i)");
        assertThat(staffCase.path("screening").path("lastRun").path("cause").asText()).isEqualTo("REGISTRATION");
        assertThat(staffCase.path("screening").path("hits")).isEmpty();

        JsonNode process = api.get(BIANCA, "/api/staff/applications/" + id + "/process").body();
        assertThat(process.path("bpmnXml").asText()).contains("id=\"Task_BisReview\"");
        assertThat(process.path("activeActivityIds").toString()).contains("Task_BisReview");
        assertThat(process.path("completedActivityIds").toString()).contains("StartEvent_ApplicationSubmitted");
        assertThat(process.path("takenFlowIds")).isNotEmpty();
    }

    @Test
    void aReferralWithoutAgenciesGoesToTheSuggestedOnes() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        steps.review(BIANCA.username(), id, Map.of("action", "REFER", "proposedOutcome", "APPROVE",
                "analysis", "Refer as suggested."));

        assertThat(steps.task(SAM.username(), id, "AGENCY_REVIEW")).isNotNull();
        JsonNode review = api.get(BIANCA, "/api/staff/applications/" + id).body().path("reviews").get(0);
        assertThat(review.path("agencies").toString()).as("the suggested agencies, by code")
                .isEqualTo("[\"DOD\",\"STATE\"]");
    }

    @Test
    void departingFromTheSuggestionTakesAReasonForEachAgencyAddedOrLeftOut() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        Api.Reply refused = steps.send(BIANCA.username(), "POST", "/api/staff/applications/" + id + "/review",
                Map.of("action", "REFER", "agencies", List.of("DOD", "ENERGY"), "proposedOutcome", "APPROVE",
                        "analysis", "Defense and Energy."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("referralReasons.ENERGY", "referralReasons.STATE");

        steps.review(BIANCA.username(), id, Map.of("action", "REFER", "agencies", List.of("DOD", "ENERGY"),
                "proposedOutcome", "APPROVE", "analysis", "Defense and Energy.", "referralReasons", Map.of(
                        "ENERGY", "The end user supplies a NATO reactor programme.",
                        "STATE", "The missile paragraph does not apply: the detectors are not rated for missiles.")));

        JsonNode override = null;
        for (JsonNode entry : api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body()) {
            if (entry.path("action").asText().equals("REFERRAL_SUGGESTION_OVERRIDDEN")) {
                override = entry;
            }
        }
        assertThat(override).as("the override is audited").isNotNull();
        assertThat(override.path("actor").asText()).isEqualTo("bianca");
        assertThat(override.path("after").path("added").path("ENERGY").asText()).contains("NATO");
        assertThat(override.path("after").path("removed").path("STATE").asText()).contains("missile paragraph");
        assertThat(override.path("before").path("suggested").toString()).isEqualTo("[\"STATE\",\"DOD\"]");
    }

    @Test
    void aCaseKeepsTheReferenceDataVersionItWasRegisteredWith() {
        Api api = new Api(port);
        String id = CaseSteps.signedByTestIssuer(api).submitted(ALICE.username(), ApplicationForms.valid());
        int registeredWith = api.get(BIANCA, "/api/staff/applications/" + id + "/classification").body()
                .path("licenseRequirement").path("referenceVersion").asInt();

        String chart = ReferenceDataIT.shipped("country-chart.csv").replace("\nAlbania,X,X,,X,,X,X,X,X,X,,,,,,,2;3,",
                "\nAlbania,X,X,,X,,X,X,X,X,X,,,,,,,2;3;7,");
        Api.Reply imported = api.upload(ADA, "/api/admin/reference-data/country-chart", Map.of(), "chart.csv",
                "text/csv", chart.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body().toString()).isIn(200, 201);

        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/classification").body()
                .path("licenseRequirement").path("referenceVersion").asInt()).isEqualTo(registeredWith);
        String later = CaseSteps.signedByTestIssuer(api).submitted(ALICE.username(), ApplicationForms.valid());
        assertThat(api.get(BIANCA, "/api/staff/applications/" + later + "/classification").body()
                .path("licenseRequirement").path("referenceVersion").asInt())
                .isEqualTo(imported.body().path("version").asInt());
    }

    @Test
    void theAdministratorsDashboardCountsCasesByStatusAndTimesTheStages() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        JsonNode before = api.get(ADA, "/api/admin/dashboard").body();
        long underReview = before.path("casesByStatus").path("UNDER_REVIEW").asLong();
        assertThat(underReview).isPositive();
        int bisReviewsTimed = finishedOf(before, "BIS_REVIEW");

        steps.review(BIANCA.username(), id, Map.of("action", "REFER", "proposedOutcome", "APPROVE",
                "analysis", "Refer as suggested."));

        JsonNode dashboard = api.get(ADA, "/api/admin/dashboard").body();
        assertThat(dashboard.path("casesByStatus").path("UNDER_REVIEW").asLong()).isEqualTo(underReview - 1);
        assertThat(dashboard.path("casesByStatus").path("IN_REFERRAL").asLong()).isPositive();
        assertThat(dashboard.path("stageDurations")).anySatisfy(stage -> {
            assertThat(stage.path("stage").asText()).isEqualTo("BIS_REVIEW");
            assertThat(stage.path("finished").asInt()).isPositive();
            assertThat(stage.path("medianDays").asDouble()).isGreaterThanOrEqualTo(0);
        });
        assertThat(finishedOf(dashboard, "BIS_REVIEW")).as("the review just finished is timed")
                .isEqualTo(bisReviewsTimed + 1);
        assertThat(api.get(BIANCA, "/api/admin/dashboard").status()).isEqualTo(403);
    }

    @Test
    void theDashboardsCountsAreThoseOfTheCasesThemselvesBeforeAndAfterTheirChangesAreFolded() {
        Api api = new Api(port);
        CaseSteps steps = CaseSteps.signedByTestIssuer(api);
        steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), steps.submitted(ALICE.username(), ApplicationForms.valid()), "APPROVE", "DOD");
        assertThat(countsOnTheDashboard(api)).isEqualTo(countedInTheCases());

        // the compaction (every 2 s in the tests) folds the changes into one row per status, keeping the counts
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) = count(distinct status) from intake_status_count", Boolean.class));
        assertThat(countsOnTheDashboard(api)).isEqualTo(countedInTheCases());
    }

    private static Map<String, Long> countsOnTheDashboard(Api api) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        api.get(ADA, "/api/admin/dashboard").body().path("casesByStatus").fields().forEachRemaining(count -> {
            if (count.getValue().asLong() != 0) {
                counts.put(count.getKey(), count.getValue().asLong());
            }
        });
        return counts;
    }

    private Map<String, Long> countedInTheCases() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select status, count(*) from intake_application group by status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static int finishedOf(JsonNode dashboard, String stage) {
        int finished = 0;
        for (JsonNode timed : dashboard.path("stageDurations")) {
            if (timed.path("stage").asText().equals(stage)) {
                finished += timed.path("finished").asInt();
            }
        }
        return finished;
    }

    @Test
    void theApplicantGetsTheLicenseRequirementAsAHintWhileDrafting() {
        Api api = new Api(port);

        JsonNode hint = api.post(ALICE, "/api/applicant/license-requirement",
                Map.of("destination", "CN", "eccns", List.of("2B001.a", "EAR99"))).body();

        assertThat(hint.path("answer").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(hint.path("explanation").asText()).startsWith("A license is required to China.")
                .contains("China has an X in NS2");
        assertThat(hint.path("endUsers")).isEmpty();

        JsonNode found = api.get(ALICE, "/api/applicant/eccns?query=3A0").body();
        // other tests may import a shorter CCL as a newer version; the lookup reads whichever is current
        assertThat(found.findValuesAsText("eccn")).contains("3A001", "3A090").isSorted()
                .allSatisfy(eccn -> assertThat(eccn).startsWith("3A0"));
        assertThat(api.get(ALICE, "/api/applicant/eccns?query=machine%20tools").body().findValuesAsText("eccn"))
                .contains("2B001");

        Api.Reply refused = api.post(ALICE, "/api/applicant/license-requirement",
                Map.of("destination", "ZZ", "eccns", List.of("3F001")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactly("destination", "eccns[0]");
    }
}
