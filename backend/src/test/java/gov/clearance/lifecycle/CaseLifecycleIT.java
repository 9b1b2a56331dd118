package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole case lifecycles over HTTP against the running application on PostgreSQL, signed in as
 * the people who would do each step.
 */
class CaseLifecycleIT extends AgainstTestIssuer {

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    // ------------------------------------------------------------------ whole lifecycles

    @Test
    void approvesWhenEveryAgencyApprovesAndIssuesAFourYearLicense() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE", "ENERGY");
        assertThat(applicantView(id).text("status")).isEqualTo("IN_REFERRAL");

        recordPosition(DAN, id, Map.of("type", "APPROVE", "rationale", "No national security concern."));
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "Consistent with foreign policy."));
        assertThat(staffView(id).text("application.status")).isEqualTo("IN_REFERRAL");
        recordPosition(ERIN, id, Map.of("type", "APPROVE", "rationale", "No proliferation concern."));

        JsonNode staff = staffView(id).body();
        assertThat(staff.path("application").path("status").asText()).isEqualTo("IN_RECONCILIATION");
        assertThat(staff.path("reconciliation").path("verdict").asText()).isEqualTo("AGREE");
        assertThat(staff.path("reconciliation").path("positions")).hasSize(3);

        Reply decided = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur."));
        assertThat(decided.status()).isEqualTo(200);

        JsonNode license = awaitLicense(id);
        assertThat(license.path("licenseNumber").asText()).matches("D\\d{6}");
        LocalDate from = LocalDate.parse(license.path("validFrom").asText());
        assertThat(LocalDate.parse(license.path("validUntil").asText())).isEqualTo(from.plusYears(4));
        assertThat(license.path("items")).hasSize(2);
        assertThat(license.path("items").get(0).path("eccn").asText()).isEqualTo("3A001.a.1");
        JsonNode applicant = applicantView(id).body();
        assertThat(applicant.path("status").asText()).isEqualTo("CLOSED");
        assertThat(applicant.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(applicant.has("referrals")).isFalse();
        assertThat(applicant.toString()).doesNotContain("No national security concern");
    }

    @Test
    void carriesDefenseConditionsAttributedToDefenseIntoTheLicense() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE");
        recordPosition(DAN, id, Map.of("type", "APPROVE_WITH_CONDITIONS", "rationale", "Acceptable with riders.",
                "conditions", List.of("No reexport without prior authorization.", "Report installation within 30 days.")));
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection."));

        JsonNode staff = staffView(id).body();
        assertThat(staff.path("proposedConditions")).hasSize(2);
        assertThat(staff.path("proposedConditions").get(0).path("authorAgency").asText()).isEqualTo("DOD");

        Reply dropping = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Approve."));
        assertThat(dropping.status()).isEqualTo(400);
        assertThat(fields(dropping)).contains("outcome");
        assertThat(staffView(id).text("application.status")).isEqualTo("IN_RECONCILIATION");

        Reply decided = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED_WITH_CONDITIONS", "rationale", "Approve with DoD riders."));
        assertThat(decided.status()).isEqualTo(200);

        JsonNode license = awaitLicense(id);
        assertThat(license.path("conditions")).hasSize(2);
        for (JsonNode condition : license.path("conditions")) {
            assertThat(condition.path("authorAgency").asText()).isEqualTo("DOD");
        }
        assertThat(license.path("conditions").get(0).path("text").asText())
                .isEqualTo("No reexport without prior authorization.");
    }

    @Test
    void dropsOrRewordsAnAgencysConditionOnlyWithThatAgencysRecordedConsent() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE");
        recordPosition(DAN, id, Map.of("type", "APPROVE_WITH_CONDITIONS", "rationale", "Acceptable with riders.",
                "conditions", List.of("No reexport without prior authorization.", "Report installation in 30 days.")));
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection."));
        String defenseReferral = staffView(id).body().path("referrals").findValues("referral").stream()
                .filter(referral -> referral.path("agency").asText().equals("DOD")).findFirst().orElseThrow()
                .path("id").asText();
        String reworded = "No reexport to any country in Country Group D:1 without prior authorization.";
        Map<String, Object> drop = Map.of("agency", "DOD", "sequence", 2, "change", "DROP");
        Map<String, Object> reword = Map.of("agency", "DOD", "sequence", 1, "change", "REWORD", "wording", reworded);

        Reply unconsented = api.post(BIANCA, "/api/staff/applications/" + id + "/decision", Map.of("outcome",
                "APPROVED_WITH_CONDITIONS", "rationale", "Approve.", "conditionChanges", List.of(drop)));
        assertThat(unconsented.status()).isEqualTo(400);
        assertThat(fields(unconsented)).containsExactly("conditionChanges[0]");
        assertThat(staffView(id).text("application.status")).isEqualTo("IN_RECONCILIATION");

        assertThat(api.post(SAM, "/api/staff/referrals/" + defenseReferral + "/condition-consents", Map.of(
                "conditionSequence", 2, "change", "DROP", "rationale", "Not ours to give.")).status())
                .as("another agency that sees the case cannot consent for DoD").isEqualTo(403);
        Reply dropped = api.post(DAN, "/api/staff/referrals/" + defenseReferral + "/condition-consents", Map.of(
                "conditionSequence", 2, "change", "DROP", "rationale", "The end user reports installation anyway."));
        assertThat(dropped.status()).as(dropped.body().toString()).isEqualTo(201);
        Reply rewordedConsent = api.post(DAN, "/api/staff/referrals/" + defenseReferral + "/condition-consents",
                Map.of("conditionSequence", 1, "change", "REWORD", "wording", reworded,
                        "rationale", "Narrower and enforceable."));
        assertThat(rewordedConsent.status()).as(rewordedConsent.body().toString()).isEqualTo(201);
        assertThat(api.post(DAN, "/api/staff/referrals/" + defenseReferral + "/condition-consents", Map.of(
                "conditionSequence", 3, "change", "DROP", "rationale", "x")).status()).isEqualTo(400);

        Reply otherWords = api.post(BIANCA, "/api/staff/applications/" + id + "/decision", Map.of("outcome",
                "APPROVED_WITH_CONDITIONS", "rationale", "Approve.", "conditionChanges", List.of(drop,
                        Map.of("agency", "DOD", "sequence", 1, "change", "REWORD", "wording", "Anything goes."))));
        assertThat(otherWords.status()).isEqualTo(400);
        assertThat(fields(otherWords)).containsExactly("conditionChanges[1]");

        Reply decided = api.post(BIANCA, "/api/staff/applications/" + id + "/decision", Map.of("outcome",
                "APPROVED_WITH_CONDITIONS", "rationale", "Approve with DoD's consented changes.",
                "conditionChanges", List.of(drop, reword)));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        JsonNode license = awaitLicense(id);
        assertThat(license.path("conditions")).hasSize(1);
        assertThat(license.path("conditions").get(0).path("text").asText()).isEqualTo(reworded);
        assertThat(license.path("conditions").get(0).path("authorAgency").asText()).isEqualTo("DOD");
        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body().findValuesAsText("action"))
                .contains("CONDITION_CHANGE_CONSENTED");
    }

    @Test
    void escalatesToTheOperatingCommitteeWhenDefenseDeniesAndStateApproves() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE");

        Reply unsupported = api.post(DAN, "/api/staff/referrals/" + referralOf(DAN, id) + "/position",
                Map.of("type", "DENY", "rationale", "Diversion risk."));
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(fields(unsupported)).contains("statutoryBasis", "regulatoryBasis");

        recordPosition(DAN, id, Map.of("type", "DENY", "rationale", "Diversion risk to a military end user.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)"));
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection."));

        JsonNode staff = staffView(id).body();
        assertThat(staff.path("application").path("status").asText()).isEqualTo("ESCALATED");
        assertThat(staff.path("reconciliation").path("verdict").asText()).isEqualTo("DISPUTE");
        assertThat(tasks(OSCAR, id)).extracting(task -> task.path("type").asText()).containsExactly("OC_DECISION");

        Reply byAnalyst = api.post(BIANCA, "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "APPROVED", "rationale", "Overrule."));
        assertThat(byAnalyst.status()).isEqualTo(403);
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "DENIED", "rationale", "Not here.")).status())
                .as("a disputed case is ruled on, not decided outright").isEqualTo(409);
        assertThat(api.post(OSCAR, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "DENIED", "rationale", "Not here.")).status())
                .as("the OC chair rules; he never decides a case").isEqualTo(403);

        Reply ruled = api.post(OSCAR, "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "DENIED", "rationale", "The Operating Committee sustains the DoD objection."));
        assertThat(ruled.status()).as(ruled.body().toString()).isEqualTo(201);
        assertThat(ruled.text("level")).isEqualTo("OPERATING_COMMITTEE");
        assertThat(tasks(OSCAR, id)).isEmpty();
        assertThat(api.post(OSCAR, "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "APPROVED", "rationale", "Second thoughts.")).status()).isEqualTo(409);

        JsonNode after = staffView(id).body();
        assertThat(after.path("application").path("status").asText())
                .as("the ruling becomes final only when the appeal window closes").isEqualTo("ESCALATED");
        assertThat(after.path("ladder").path("rulings").findValuesAsText("outcome")).containsExactly("DENIED");
        assertThat(after.path("clock").path("deadlines").findValuesAsText("kind")).contains("APPEAL_WINDOW");
        assertThat(after.has("decision") && !after.path("decision").isNull()).isFalse();
    }

    @Test
    void defenseArbiterGathersTwoComponentAssessmentsBeforeRecordingItsPosition() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD");
        String referral = referralOf(DAN, id);

        Reply byReviewer = api.post(DORA, "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("ARMY")));
        assertThat(byReviewer.status()).isEqualTo(403);
        Reply unknown = api.post(DAN, "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("COAST_GUARD")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).contains("components[0]");

        Reply requested = api.post(DAN, "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("ARMY", "NAVY"), "instructions", "Assess end-use risk."));
        assertThat(requested.status()).isEqualTo(201);

        Reply early = api.post(DAN, "/api/staff/referrals/" + referral + "/position",
                Map.of("type", "APPROVE", "rationale", "Fine."));
        assertThat(early.status()).isEqualTo(409);

        JsonNode armyTask = single(tasks(ARI, id));
        assertThat(armyTask.path("type").asText()).isEqualTo("COMPONENT_ASSESSMENT");
        assertThat(armyTask.path("agency").asText()).isEqualTo("ARMY");
        assertThat(tasks(NINA, id)).hasSize(1);
        Reply navyTriesArmy = api.post(NINA, "/api/staff/assessments/" + armyTask.path("assessmentId").asText(),
                Map.of("recommendation", "APPROVE", "rationale", "ok"));
        assertThat(navyTriesArmy.status()).as("the Navy sees the case, and may not assess for the Army")
                .isEqualTo(403);

        assertThat(api.post(ARI, "/api/staff/assessments/" + armyTask.path("assessmentId").asText(),
                Map.of("recommendation", "APPROVE_WITH_CONDITIONS", "rationale", "Low risk with end-use checks.",
                        "conditions", List.of("Post-shipment verification."))).status()).isEqualTo(201);
        JsonNode navyTask = single(tasks(NINA, id));
        assertThat(api.post(NINA, "/api/staff/assessments/" + navyTask.path("assessmentId").asText(),
                Map.of("recommendation", "APPROVE", "rationale", "No naval concern.")).status()).isEqualTo(201);

        JsonNode dodReferral = staffView(DAN, id).body().path("referrals").get(0);
        assertThat(dodReferral.path("assessments")).hasSize(2);
        assertThat(dodReferral.path("assessments").findValuesAsText("recommendation"))
                .containsExactlyInAnyOrder("APPROVE_WITH_CONDITIONS", "APPROVE");
        assertThat(staffView(ARI, id).body().path("referrals").get(0).path("assessments").findValuesAsText(
                "instructions")).as("the Army reads DoD's instructions").contains("Assess end-use risk.");
        String armyAssessment = armyTask.path("assessmentId").asText();
        String navyAssessment = navyTask.path("assessmentId").asText();

        // DoD adopts the Army's condition as the Army wrote it; a condition no assessment has is refused by field
        Reply noSuchCondition = api.post(DAN, "/api/staff/referrals/" + referral + "/position", Map.of(
                "type", "APPROVE_WITH_CONDITIONS", "rationale", "Army and Navy concur.",
                "adoptedConditions", List.of(Map.of("assessmentId", navyAssessment, "condition", 1),
                        Map.of("assessmentId", UUID.randomUUID().toString(), "condition", 1))));
        assertThat(noSuchCondition.status()).isEqualTo(400);
        assertThat(fields(noSuchCondition)).containsExactly("adoptedConditions[0].condition",
                "adoptedConditions[1].assessmentId");
        recordPosition(DAN, id, Map.of("type", "APPROVE_WITH_CONDITIONS", "rationale", "Army and Navy concur.",
                "conditions", List.of("Annual end-use report."),
                "adoptedConditions", List.of(Map.of("assessmentId", armyAssessment, "condition", 1))));
        JsonNode conditions = staffView(id).body().path("referrals").get(0).path("position").path("conditions");
        assertThat(conditions.findValuesAsText("text")).containsExactly("Annual end-use report.",
                "Post-shipment verification.");
        assertThat(conditions.get(0).path("adoptedFrom").isMissingNode()).isTrue();
        assertThat(conditions.get(1).path("adoptedFrom").asText()).isEqualTo("ARMY");
        assertThat(conditions.get(1).path("authorAgency").asText()).isEqualTo("DOD");
        assertThat(staffView(id).text("application.status")).isEqualTo("IN_RECONCILIATION");
    }

    @Test
    void applicantAnswersAnInformationRequestAndTheCaseReturnsToReview() {
        String id = submitted(ApplicationForms.valid());
        Reply asked = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "REQUEST_INFORMATION", "question", "Provide the end-user statement."));
        assertThat(asked.status()).isEqualTo(200);

        JsonNode waiting = applicantView(id).body();
        assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_APPLICANT");
        assertThat(waiting.path("openQuestions").get(0).path("question").asText())
                .isEqualTo("Provide the end-user statement.");
        assertThat(tasks(BIANCA, id)).isEmpty();

        Reply empty = api.post(ALICE, "/api/applicant/applications/" + id + "/responses", Map.of("answer", " "));
        assertThat(empty.status()).isEqualTo(400);
        Reply answered = api.post(ALICE, "/api/applicant/applications/" + id + "/responses",
                Map.of("answer", "The statement is attached as document 3."));
        assertThat(answered.status()).isEqualTo(200);

        JsonNode back = applicantView(id).body();
        assertThat(back.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(back.path("openQuestions")).isEmpty();
        assertThat(back.path("answeredQuestions").get(0).path("answer").asText())
                .isEqualTo("The statement is attached as document 3.");
        assertThat(single(tasks(BIANCA, id)).path("type").asText()).isEqualTo("BIS_REVIEW");
        refer(id, "APPROVE", "STATE");
        assertThat(applicantView(id).text("status")).isEqualTo("IN_REFERRAL");
    }

    @Test
    void returnsWithoutActionListingTheDeficiencies() {
        String id = submitted(ApplicationForms.valid());
        Reply incomplete = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "RETURN_WITHOUT_ACTION"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).contains("deficiencies");

        Reply returned = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "RETURN_WITHOUT_ACTION",
                        "deficiencies", List.of("Technical specifications missing", "End-use statement unsigned")));
        assertThat(returned.status()).isEqualTo(200);
        JsonNode applicant = applicantView(id).body();
        assertThat(applicant.path("status").asText()).isEqualTo("CLOSED");
        assertThat(applicant.path("outcome").asText()).isEqualTo("RETURNED_WITHOUT_ACTION");
        assertThat(applicant.path("decision").path("reasons").findValuesAsText(""))
                .isEmpty();
        assertThat(applicant.path("decision").path("reasons").toString())
                .contains("Technical specifications missing", "End-use statement unsigned");
        assertThat(tasks(BIANCA, id)).isEmpty();
    }

    @Test
    void closesAsLicenseNotRequired() {
        String id = submitted(ApplicationForms.valid());
        Reply closed = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "LICENSE_NOT_REQUIRED", "analysis", "No Country Chart X for the destination."));
        assertThat(closed.status()).isEqualTo(200);
        JsonNode applicant = applicantView(id).body();
        assertThat(applicant.path("outcome").asText()).isEqualTo("LICENSE_NOT_REQUIRED");
        assertThat(applicant.path("decision").path("reasons").get(0).asText())
                .isEqualTo("No Country Chart X for the destination.");
    }

    @Test
    void refusesToCloseAsLicenseNotRequiredWhileTheDeterminationRequiresALicense() {
        // 3A001.a.1 names NS Column 2, and China has an X in NS2 (15 CFR 738.4(a))
        Map<String, Object> form = new java.util.HashMap<>(ApplicationForms.valid());
        form.put("ultimateConsignee", ApplicationForms.party("Harbin Precision Works", "CN"));
        form.put("endUsers", List.of(ApplicationForms.party("Harbin Precision Works", "CN")));
        String id = submitted(form);

        Reply refused = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "LICENSE_NOT_REQUIRED", "analysis", "No license needed."));

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(refused.body().path("detail").asText()).contains("cannot be closed as LICENSE_NOT_REQUIRED")
                .contains("15 CFR 738.4(a); supplement no. 1 to part 738, column NS2");
        assertThat(applicantView(id).body().path("status").asText()).as("nothing was recorded")
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aReclassificationWithItsRationaleIsTheWayPastTheDetermination() {
        Map<String, Object> form = new java.util.HashMap<>(ApplicationForms.valid());
        form.put("ultimateConsignee", ApplicationForms.party("Harbin Precision Works", "CN"));
        form.put("endUsers", List.of(ApplicationForms.party("Harbin Precision Works", "CN")));
        String id = submitted(form);
        String path = "/api/staff/applications/" + id + "/reclassifications";

        assertThat(api.post(SAM, path, Map.of("items", List.of(Map.of("item", 0, "eccn", "3A991")),
                "rationale", "State thinks so.")).status()).as("not referred to State: out of its sight").isEqualTo(404);
        assertThat(api.post(ADA, path, Map.of("items", List.of(Map.of("item", 0, "eccn", "3A991")),
                "rationale", "An administrator thinks so.")).status()).as("only a BIS analyst reclassifies")
                .isEqualTo(403);
        Reply refused = api.post(BIANCA, path, Map.of("items", List.of(Map.of("item", 5, "eccn", "3F001")),
                "rationale", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("items[0].item", "rationale");

        Reply recorded = api.post(BIANCA, path, Map.of("items", List.of(Map.of("item", 0, "eccn", "3A991.a.1")),
                "rationale", "The detector is a 3A991 item: its parameters fall below 3A001.a.1's."));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);

        JsonNode classification = api.get(BIANCA, "/api/staff/applications/" + id).body().path("classification");
        assertThat(classification.path("licenseRequirement").path("items").get(0).path("eccn").asText())
                .as("the case is determined again with the corrected ECCN").isEqualTo("3A991.a.1");
        assertThat(classification.path("licenseRequirement").path("answer").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(classification.path("reclassifications").get(0).path("items").get(0).path("before").asText())
                .isEqualTo("3A001.a.1");

        Reply closed = api.post(BIANCA, "/api/staff/applications/" + id + "/review",
                Map.of("action", "LICENSE_NOT_REQUIRED", "analysis", "3A991 needs no license to China by the chart."));
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body().findValuesAsText("action"))
                .contains("CASE_RECLASSIFIED");
    }

    @Test
    void decidesWithoutReferral() {
        String id = submitted(ApplicationForms.valid());
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/review", Map.of("action", "DECIDE",
                "proposedOutcome", "APPROVE", "analysis", "Routine.")).status()).isEqualTo(200);
        assertThat(staffView(id).text("application.status")).isEqualTo("IN_RECONCILIATION");
        assertThat(single(tasks(BIANCA, id)).path("type").asText()).isEqualTo("DECISION");
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Routine approval.")).status()).isEqualTo(200);
        assertThat(awaitLicense(id).path("licenseNumber").asText()).startsWith("D");
    }

    // ------------------------------------------------------------------ intake rules

    @Test
    void refusesInvalidApplicationsFieldByFieldAndStoresNothing() {
        Integer before = applicationCount();
        Map<String, Object> form = ApplicationForms.valid();
        form.put("items", List.of(ApplicationForms.item("3F001", "X", "-1", "10.00", "10.00")));
        form.put("ultimateConsignee", ApplicationForms.party("Someone", "XX"));
        form.put("totalValue", "99.00");

        Reply refused = api.post(ALICE, "/api/applicant/applications", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).contains("items[0].eccn", "items[0].quantity", "items[0].totalPrice",
                "ultimateConsignee.country", "totalValue");
        assertThat(applicationCount()).isEqualTo(before);

        Reply badEnum = api.post(ALICE, "/api/applicant/applications", Map.of("type", "SMUGGLE"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(fields(badEnum)).containsExactly("type");

        Reply notJson = api.post(ALICE, "/api/applicant/applications", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void acceptsWellFormedEccnsAndRejectsMalformedOnes() {
        for (String eccn : List.of("3A001.a.1", "3A001.b.1.a.4.c", "9A610.y.1", "EAR99", "5A002")) {
            Map<String, Object> form = ApplicationForms.valid();
            form.put("items", List.of(ApplicationForms.item(eccn, "M", "1", "10.00", "10.00")));
            form.put("totalValue", "10.00");
            assertThat(api.post(ALICE, "/api/applicant/applications", form).status()).as(eccn).isEqualTo(201);
        }
        for (String eccn : List.of("3F001", "10A001", "3a001", "3A01", "EAR 99")) {
            Map<String, Object> form = ApplicationForms.valid();
            form.put("items", List.of(ApplicationForms.item(eccn, "M", "1", "10.00", "10.00")));
            form.put("totalValue", "10.00");
            Reply refused = api.post(ALICE, "/api/applicant/applications", form);
            assertThat(refused.status()).as(eccn).isEqualTo(400);
            assertThat(fields(refused)).as(eccn).containsExactly("items[0].eccn");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesASubmissionWithAnEndUseQuestionUnansweredOrABadHtsCode() {
        Map<String, Object> form = ApplicationForms.valid();
        Map<String, Object> answers = new java.util.HashMap<>(ApplicationForms.noneOfTheEndUsesOfConcern());
        answers.remove("militaryEndUse");
        form.put("endUse", answers);
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (Object item : (List<?>) form.get("items")) {
            items.add(new java.util.HashMap<>((Map<String, Object>) item));
        }
        items.get(1).put("htsCode", "85-44");
        form.put("items", items);
        Reply draft = api.post(ALICE, "/api/applicant/applications", form);
        assertThat(draft.status()).as("a draft may leave a question open, not hold a malformed code").isEqualTo(400);
        assertThat(fields(draft)).containsExactly("items[1].htsCode");

        items.get(1).put("htsCode", "8544.42");
        String id = api.post(ALICE, "/api/applicant/applications", form).text("id");
        Reply refused = api.post(ALICE, "/api/applicant/applications/" + id + "/submit", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("endUse.militaryEndUse");
        assertThat(refused.body().toString()).contains("15 CFR 744.21");
    }

    @Test
    void keepsAnIncompleteDraftButRefusesToSubmitIt() {
        Reply draft = api.post(ALICE, "/api/applicant/applications", Map.of("type", "EXPORT"));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.text("status")).isEqualTo("DRAFT");
        String id = draft.text("id");

        Reply refused = api.post(ALICE, "/api/applicant/applications/" + id + "/submit", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("contact", "applicant", "ultimateConsignee", "specificEndUse", "endUse",
                "items", "totalValue", "signature");
        JsonNode still = applicantView(id).body();
        assertThat(still.path("status").asText()).isEqualTo("DRAFT");
        assertThat(still.path("controlNumber").isMissingNode()).isTrue();

        assertThat(api.put(ALICE, "/api/applicant/applications/" + id, ApplicationForms.valid()).status())
                .isEqualTo(200);
        Reply submitted = api.post(ALICE, "/api/applicant/applications/" + id + "/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.text("controlNumber")).matches("[A-Z]\\d{6}");
        Reply edit = api.put(ALICE, "/api/applicant/applications/" + id, ApplicationForms.valid());
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void refusesASecondPendingApplicationForTheSameTransaction() {
        Map<String, Object> form = ApplicationForms.valid("Duplicate Optics GmbH");
        String first = submitted(form);
        String second = api.post(ALICE, "/api/applicant/applications", form).text("id");
        Reply duplicate = api.post(ALICE, "/api/applicant/applications/" + second + "/submit", null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("detail")).contains(applicantView(first).text("controlNumber"));
        assertThat(applicantView(second).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void givesEverySubmissionAUniqueControlNumber() {
        String a = applicantView(submitted(ApplicationForms.valid())).text("controlNumber");
        String b = applicantView(submitted(ApplicationForms.valid())).text("controlNumber");
        assertThat(a).matches("[A-Z]\\d{6}").isNotEqualTo(b);
    }

    // ------------------------------------------------------------------ who may do what

    @Test
    void hidesAnotherOrganizationsApplication() {
        String id = submitted(ApplicationForms.valid());
        assertThat(api.get(BOB, "/api/applicant/applications/" + id).status()).isEqualTo(404);
        assertThat(api.put(BOB, "/api/applicant/applications/" + id, ApplicationForms.valid()).status()).isEqualTo(404);
        assertThat(api.post(BOB, "/api/applicant/applications/" + id + "/submit", null).status()).isEqualTo(404);
        assertThat(api.get(BOB, "/api/applicant/applications").body().findValuesAsText("id")).doesNotContain(id);
        assertThat(api.get(ALICE, "/api/applicant/applications").body().findValuesAsText("id")).contains(id);
    }

    @Test
    void aReviewerCannotRecordAnotherAgencysPosition() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE");
        String dodReferral = referralOf(DAN, id);
        Reply byState = api.post(SAM, "/api/staff/referrals/" + dodReferral + "/position",
                Map.of("type", "APPROVE", "rationale", "ok"));
        assertThat(byState.status()).as("State sees the case, and may not act for Defense").isEqualTo(403);
        assertThat(byState.text("detail")).isEqualTo("Only a reviewer or arbiter of DOD may record the agency's "
                + "position; sam may not");
        assertThat(api.get(JULES, "/api/staff/applications/" + id).status()).isEqualTo(404);
        assertThat(tasks(SAM, id)).extracting(task -> task.path("agency").asText()).containsExactly("STATE");
        JsonNode stateView = staffView(SAM, id).body();
        assertThat(stateView.path("referrals").findValuesAsText("agency")).containsOnly("STATE");
        assertThat(api.post(ALICE, "/api/staff/applications/" + id + "/review", Map.of("action", "DECIDE")).status())
                .isEqualTo(403);
    }

    @Test
    void twoReviewersRecordingAtOnceGiveOneWinnerAndOneConflict() throws Exception {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "DOD", "STATE");
        String referral = referralOf(DAN, id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (DemoUser reviewer : List.of(DAN, DORA)) {
                Callable<Integer> call = () -> {
                    start.await();
                    return api.post(reviewer, "/api/staff/referrals/" + referral + "/position",
                            Map.of("type", "APPROVE", "rationale", "Recorded by " + reviewer.username())).status();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from position_position where referral_id = ?::uuid",
                Integer.class, referral)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where application_id = ?::uuid "
                + "and action = 'POSITION_RECORDED'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void claimsAndReleasesTasks() {
        String id = submitted(ApplicationForms.valid());
        JsonNode task = single(tasks(BIANCA, id));
        String taskId = task.path("id").asText();
        assertThat(task.path("controlNumber").asText()).matches("[A-Z]\\d{6}");
        assertThat(api.post(BIANCA, "/api/staff/tasks/" + taskId + "/claim", null).text("assignee")).isEqualTo("bianca");
        assertThat(api.post(BRUNO, "/api/staff/tasks/" + taskId + "/claim", null).status()).isEqualTo(409);
        assertThat(api.post(SAM, "/api/staff/tasks/" + taskId + "/claim", null).status()).isEqualTo(404);
        assertThat(api.post(OSCAR, "/api/staff/tasks/" + taskId + "/claim", null).status())
                .as("the OC chair does not work BIS's review tasks").isEqualTo(404);
        assertThat(api.post(BIANCA, "/api/staff/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(200);
        assertThat(single(tasks(BIANCA, id)).path("assignee").isMissingNode()).isTrue();
    }

    @Test
    void recordsEveryStepInTheTimelineWithTheRealActor() {
        String id = submitted(ApplicationForms.valid());
        refer(id, "APPROVE", "STATE");
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "ok"));
        JsonNode timeline = api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body();
        List<String> actions = timeline.findValuesAsText("action");
        assertThat(actions).containsSubsequence("APPLICATION_DRAFTED", "APPLICATION_SUBMITTED", "BIS_REVIEW_RECORDED",
                "STATUS_CHANGED", "POSITION_RECORDED", "POSITIONS_RECONCILED");
        JsonNode position = timeline.findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals("POSITION_RECORDED")).findFirst().orElseThrow();
        assertThat(position.path("actor").asText()).isEqualTo("sam");
        assertThat(position.path("agency").asText()).isEqualTo("STATE");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where application_id = ?::uuid", id));
    }

    @Test
    void searchesCasesByStatusEccnCountryAndText() {
        Map<String, Object> form = ApplicationForms.valid("Searchable Photonics SARL");
        form.put("ultimateConsignee", ApplicationForms.party("Searchable Photonics SARL", "FR"));
        String id = submitted(form);
        refer(id, "APPROVE", "JUSTICE");
        assertThat(search(BIANCA, "?text=searchable%20photonics")).contains(id);
        assertThat(search(BIANCA, "?eccn=3A001&country=FR&status=IN_REFERRAL")).contains(id);
        assertThat(search(BIANCA, "?eccn=4A003")).doesNotContain(id);
        assertThat(search(BIANCA, "?agency=JUSTICE")).contains(id);
        assertThat(search(JULES, "")).contains(id);
        assertThat(search(ERIN, "")).doesNotContain(id);
        assertThat(api.get(BIANCA, "/api/staff/applications?size=0").status()).isEqualTo(400);
    }

    @Test
    void searchesAnEccnByItselfOrItsParagraphsNeverByAPartOfIt() {
        String id = submitted(ApplicationForms.valid("Paragraph Search Optics")); // items 3A001.a.1 and EAR99
        assertThat(search(BIANCA, "?eccn=3A001.a.1")).contains(id);
        assertThat(search(BIANCA, "?eccn=3a001.a")).contains(id);
        assertThat(search(BIANCA, "?eccn=EAR99")).contains(id);
        assertThat(search(BIANCA, "?eccn=3A00")).doesNotContain(id);
        assertThat(search(BIANCA, "?eccn=3A001.a.1.b")).doesNotContain(id);
        assertThat(search(BIANCA, "?eccn=A001")).doesNotContain(id);
    }

    @Test
    void anAgencysReviewerSearchesOnlyTheirAgencysCasesAndFiltersWithinThem() {
        String id = submitted(ApplicationForms.valid("Semi Join Photonics"));
        refer(id, "APPROVE", "JUSTICE");
        assertThat(search(JULES, "?text=semi%20join%20photonics")).containsExactly(id);
        assertThat(search(JULES, "?text=semi%20join%20photonics&agency=JUSTICE")).containsExactly(id);
        assertThat(search(JULES, "?text=semi%20join%20photonics&agency=STATE")).isEmpty();
        assertThat(search(ERIN, "?text=semi%20join%20photonics&agency=JUSTICE")).isEmpty();
    }

    @Test
    void searchCountsItsMatchesAndPagesNoFurtherThanTheFirstThousand() {
        Reply first = api.get(BIANCA, "/api/staff/applications?size=1");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        JsonNode page = first.body().path("page");
        long total = page.path("totalElements").asLong();
        assertThat(total).isEqualTo(applicationCountRegistered());
        assertThat(page.path("totalPages").asLong()).isEqualTo(total);
        assertThat(page.path("totalIsAtLeast").asBoolean()).isFalse();
        Reply tooDeep = api.get(BIANCA, "/api/staff/applications?size=20&page=50");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.body().path("errors").get(0).path("field").asText()).isEqualTo("page");
        assertThat(tooDeep.body().path("errors").get(0).path("reason").asText()).contains("first 1000 matches");
        assertThat(api.get(BIANCA, "/api/staff/applications?size=20&page=49").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ tokens

    @Test
    void refusesMissingExpiredForgedAndMisaddressedTokens() {
        String path = "/api/applicant/applications";
        for (String token : java.util.Arrays.asList(null, TestIssuer.get().expiredToken(ALICE),
                TestIssuer.get().tokenWithForeignSignature(ALICE),
                TestIssuer.get().tokenFromIssuer(ALICE, "http://127.0.0.1:1/realms/other"),
                TestIssuer.get().tokenForAudience(ALICE, "another-api"))) {
            Reply refused = api.send(token, "GET", path, null);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Reply wrongRole = api.get(BIANCA, path);
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.contentType()).startsWith("application/problem+json");
        assertThat(api.get(ALICE, path).status()).isEqualTo(200);
    }

    @Test
    void offersNoWayToMoveTimeUnlessTheClockIsAdjustable() {
        assertThat(api.get(ADA, "/api/admin/clock").status()).isEqualTo(404);
        assertThat(api.post(ADA, "/api/admin/clock", Map.of("advanceDays", 1)).status()).isEqualTo(404);
    }

    @Test
    void opensTheEngineRestApiToAdministratorsOnly() {
        assertThat(api.get(null, "/engine-rest/engine").status()).isEqualTo(401);
        assertThat(api.get(BIANCA, "/engine-rest/engine").status()).isEqualTo(403);
        assertThat(api.get(ADA, "/engine-rest/engine").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ steps

    private String submitted(Map<String, Object> form) {
        return steps().submitted(ALICE.username(), form);
    }

    private void refer(String id, String proposedOutcome, String... agencies) {
        steps().refer(BIANCA.username(), id, proposedOutcome, agencies);
    }

    private String referralOf(DemoUser reviewer, String id) {
        return steps().referralOf(reviewer.username(), id);
    }

    private void recordPosition(DemoUser reviewer, String id, Map<String, Object> position) {
        steps().recordPosition(reviewer.username(), id, position);
    }

    private List<JsonNode> tasks(DemoUser user, String id) {
        return steps().tasks(user.username(), id);
    }

    private CaseSteps steps() {
        return CaseSteps.signedByTestIssuer(api);
    }

    private Reply applicantView(String id) {
        Reply reply = api.get(ALICE, "/api/applicant/applications/" + id);
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply staffView(String id) {
        return staffView(BIANCA, id);
    }

    private Reply staffView(DemoUser user, String id) {
        Reply reply = api.get(user, "/api/staff/applications/" + id);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply;
    }

    private List<String> search(DemoUser user, String query) {
        Reply reply = api.get(user, "/api/staff/applications" + query + (query.isEmpty() ? "?" : "&") + "size=200");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().path("content").findValuesAsText("id");
    }

    private JsonNode awaitLicense(String id) {
        return steps().awaitLicense(ALICE.username(), id);
    }

    private static JsonNode single(List<JsonNode> nodes) {
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }

    private static List<String> fields(Reply reply) {
        return reply.body().path("errors").findValuesAsText("field");
    }

    private long applicationCountRegistered() {
        return jdbc.queryForObject("select count(*) from intake_application where status <> 'DRAFT'", Long.class);
    }

    private Integer applicationCount() {
        return jdbc.queryForObject("select count(*) from intake_application", Integer.class);
    }

    private static void assertThatThrownBy(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).hasMessageContaining("append-only");
    }
}
