package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.BOB;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The processing clock and its deadlines, by moving time forward through the admin API (never by
 * waiting).
 */
class DeadlinesIT extends WithAdjustableClock {

    @Test
    void anAgencySilentPastItsDeadlineIsDeemedNotToObject() {
        String id = referred("DOD", "STATE");
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection from State."));
        JsonNode defense = deadline(id, "AGENCY_REVIEW", "DOD");
        assertThat(defense.path("processingDay").asInt()).isEqualTo(30);

        advanceDays(30);
        assertThat(staffCase(id).path("application").path("status").asText()).as("day 30 is still DoD's")
                .isEqualTo("IN_REFERRAL");
        advanceDays(1);

        JsonNode staff = staffCase(id);
        assertThat(staff.path("application").path("status").asText()).isEqualTo("IN_RECONCILIATION");
        JsonNode deemed = positionOf(staff, "DOD");
        assertThat(deemed.path("type").asText()).isEqualTo("DEEMED_NO_OBJECTION");
        assertThat(deemed.path("recordedBy").asText()).isEqualTo("clearance-system");
        assertThat(staff.path("reconciliation").path("verdict").asText()).isEqualTo("AGREE");
        JsonNode audit = api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body();
        assertThat(audit.toString()).contains("DEEMED_NO_OBJECTION");
        boolean recordedBySystem = false;
        for (JsonNode entry : audit) {
            if (entry.path("action").asText().equals("POSITION_RECORDED")
                    && entry.path("actor").asText().equals("clearance-system")) {
                recordedBySystem = entry.path("agency").asText().equals("SYSTEM");
            }
        }
        assertThat(recordedBySystem).as("the system records the deemed position as itself").isTrue();
    }

    @Test
    void anAgencyDeadlineAnsweredByDeemedNoObjectionIsMetByTheSystemNotOverdue() {
        String id = referred("DOD", "STATE");
        recordPosition(SAM, id, Map.of("type", "APPROVE", "rationale", "No objection from State."));
        advanceDays(31);
        assertThat(positionOf(staffCase(id), "DOD").path("type").asText()).isEqualTo("DEEMED_NO_OBJECTION");

        JsonNode defense = deadline(id, "AGENCY_REVIEW", "DOD");
        assertThat(defense.path("metAt").isTextual()).as("the deemed position meets it").isTrue();
        assertThat(defense.path("metBySystem").asBoolean()).isTrue();
        assertThat(defense.path("overdue").asBoolean()).as("the system answered it as 750.4(e) says").isFalse();
        JsonNode state = deadline(id, "AGENCY_REVIEW", "STATE");
        assertThat(state.path("metBySystem").asBoolean()).as("State recorded its own position").isFalse();
        assertThat(state.path("overdue").asBoolean()).isFalse();
        for (JsonNode entry : api.everyPage(BIANCA, "/api/staff/deadlines/overdue?limit=200")) {
            if (entry.path("applicationId").asText().equals(id)) {
                assertThat(entry.path("deadline").path("kind").asText()).as("listed as overdue")
                        .isNotEqualTo("AGENCY_REVIEW");
            }
        }
    }

    @Test
    void aQuestionToTheApplicantDoesNotMeetBisNineDaysWhichMoveByTheDaysOnHold() {
        String id = submitted();
        advanceDays(2);
        Reply asked = review(id, Map.of("action",
                "REQUEST_INFORMATION", "question", "Who installs the detectors?", "analysis", "Need installer."));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        advanceDays(10);
        Reply answered = api.post(ALICE, "/api/applicant/applications/" + id + "/responses",
                Map.of("answer", "Our own field engineers."));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);

        JsonNode clock = staffCase(id).path("clock");
        LocalDate registered = LocalDate.parse(clock.path("registeredOn").asText());
        assertThat(clock.path("heldDays").asInt()).isEqualTo(10);
        JsonNode bis = deadline(id, "BIS_REVIEW", null);
        assertThat(bis.path("metAt").isMissingNode()).as("the question does not meet the 9 days").isTrue();
        assertThat(bis.path("processingDay").asInt()).isEqualTo(9);
        assertThat(LocalDate.parse(bis.path("dueOn").asText())).isEqualTo(registered.plusDays(9 + 10));
        assertThat(bis.path("overdue").asBoolean()).isFalse();
        JsonNode task = api.get(BIANCA, "/api/staff/tasks?applicationId=" + id + "&type=BIS_REVIEW").body().get(0);
        assertThat(task.path("due").asText()).as("BIS's review task is due at processing day 9")
                .isEqualTo(bis.path("dueBy").asText());

        advanceDays(7);
        assertThat(overdueIds()).as("processing day 9 has not passed").doesNotContain(id);
        advanceDays(1);
        assertThat(deadline(id, "BIS_REVIEW", null).path("overdue").asBoolean()).isTrue();
        assertThat(overdueIds()).contains(id);
    }

    @Test
    void aHoldMovesTheAgencyDeadlineByItsExactLengthAndStopsItsTimer() {
        String id = referred("DOD");
        LocalDate dueBefore = LocalDate.parse(deadline(id, "AGENCY_REVIEW", "DOD").path("dueOn").asText());
        advanceDays(5);

        Reply held = api.post(BIANCA, "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "FOREIGN_CONSULTATION", "why", "Consulting the Wassenaar partners."));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(staffCase(id).path("clock").path("onHold").asBoolean()).isTrue();
        advanceDays(40);
        assertThat(staffCase(id).path("application").path("status").asText())
                .as("no deadline passes while the case is held").isEqualTo("IN_REFERRAL");

        Reply released = api.post(BIANCA, "/api/staff/holds/" + held.text("id") + "/release",
                Map.of("note", "The partners answered."));
        assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
        JsonNode clock = staffCase(id).path("clock");
        assertThat(clock.path("onHold").asBoolean()).isFalse();
        assertThat(clock.path("heldDays").asInt()).isEqualTo(40);
        assertThat(clock.path("processingDay").asInt()).isEqualTo(5);
        LocalDate dueAfter = LocalDate.parse(deadline(id, "AGENCY_REVIEW", "DOD").path("dueOn").asText());
        assertThat(dueAfter).isEqualTo(dueBefore.plusDays(40));
        assertThat(deadline(id, "RESOLUTION", null).path("processingDay").asInt()).isEqualTo(90);

        JsonNode task = api.get(DAN, "/api/staff/tasks?applicationId=" + id).body().get(0);
        assertThat(task.path("due").asText()).isEqualTo(deadline(id, "AGENCY_REVIEW", "DOD").path("dueBy").asText());

        advanceDays(25);
        assertThat(staffCase(id).path("application").path("status").asText()).isEqualTo("IN_REFERRAL");
        advanceDays(1);
        assertThat(positionOf(staffCase(id), "DOD").path("type").asText()).isEqualTo("DEEMED_NO_OBJECTION");
    }

    @Test
    void anAgencyRequestForMissingInformationHoldsTheCaseOnlyWithinTenDaysOfReferral() {
        String timely = referred("STATE");
        advanceDays(10);
        Reply held = api.post(SAM, "/api/staff/referrals/" + referralOf(SAM, timely) + "/missing-information",
                Map.of("missing", "The end-user statement is unsigned."));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(held.body().path("stopsClock").asBoolean()).isTrue();
        assertThat(held.body().path("late").asBoolean()).isFalse();
        assertThat(staffCase(timely).path("clock").path("onHold").asBoolean()).isTrue();

        String late = referred("STATE");
        advanceDays(11);
        Reply recorded = api.post(SAM, "/api/staff/referrals/" + referralOf(SAM, late) + "/missing-information",
                Map.of("missing", "The end-user statement is unsigned."));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.body().path("stopsClock").asBoolean()).isFalse();
        assertThat(recorded.body().path("late").asBoolean()).isTrue();
        JsonNode clock = staffCase(late).path("clock");
        assertThat(clock.path("onHold").asBoolean()).isFalse();
        assertThat(clock.path("processingDay").asInt()).isEqualTo(11);
        assertThat(api.get(BIANCA, "/api/staff/applications/" + late + "/timeline").body().findValuesAsText("action"))
                .contains("LATE_REQUEST_RECORDED");

        Reply empty = api.post(SAM, "/api/staff/referrals/" + referralOf(SAM, late) + "/missing-information",
                Map.of("missing", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").findValuesAsText("field")).containsExactly("missing");
        assertThat(api.post(DAN, "/api/staff/referrals/" + referralOf(SAM, late) + "/missing-information",
                Map.of("missing", "x")).status()).as("another agency's referral").isEqualTo(404);
    }

    @Test
    void aPreLicenseCheckStopsTheClockOnlyIfRequestedWithinFiveDaysOfTheNeed() {
        String timely = referred("STATE");
        Reply held = api.post(BIANCA, "/api/staff/applications/" + timely + "/holds", Map.of("reason",
                "PRE_LICENSE_CHECK", "why", "Verify the end user's premises.", "needAroseOn", today().minusDays(5).toString()));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(held.body().path("stopsClock").asBoolean()).isTrue();
        assertThat(api.post(BIANCA, "/api/staff/applications/" + timely + "/holds", Map.of("reason",
                "PRE_LICENSE_CHECK", "why", "Again.", "needAroseOn", today().toString())).status())
                .as("one running hold per reason").isEqualTo(409);

        String late = referred("STATE");
        Reply recorded = api.post(BIANCA, "/api/staff/applications/" + late + "/holds", Map.of("reason",
                "PRE_LICENSE_CHECK", "why", "Verify the end user's premises.", "needAroseOn", today().minusDays(6).toString()));
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.body().path("stopsClock").asBoolean()).isFalse();
        assertThat(recorded.body().path("late").asBoolean()).isTrue();
        assertThat(staffCase(late).path("clock").path("onHold").asBoolean()).isFalse();

        Reply undated = api.post(BIANCA, "/api/staff/applications/" + late + "/holds",
                Map.of("reason", "PRE_LICENSE_CHECK", "why", "No date."));
        assertThat(undated.status()).isEqualTo(400);
        assertThat(undated.body().path("errors").findValuesAsText("field")).containsExactly("needAroseOn");
        Reply automatic = api.post(BIANCA, "/api/staff/applications/" + late + "/holds",
                Map.of("reason", "APPLICANT_INFORMATION", "why", "Placed by hand."));
        assertThat(automatic.status()).as("the workflow places this one").isEqualTo(400);
        assertThat(api.post(DAN, "/api/staff/applications/" + late + "/holds",
                Map.of("reason", "FOREIGN_CONSULTATION", "why", "x")).status())
                .as("Defense does not see a case never referred to it: 404, before any rule of holds").isEqualTo(404);
    }

    @Test
    void waitingForTheApplicantsAnswerStopsTheClockUntilTheyAnswer() {
        String id = submitted();
        Reply asked = review(id, Map.of("action",
                "REQUEST_INFORMATION", "question", "Who installs the detectors?", "analysis", "Need installer."));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        advanceDays(3);
        assertThat(staffCase(id).path("clock").path("onHold").asBoolean()).isTrue();

        Reply answered = api.post(ALICE, "/api/applicant/applications/" + id + "/responses",
                Map.of("answer", "Our own field engineers."));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        JsonNode clock = staffCase(id).path("clock");
        assertThat(clock.path("onHold").asBoolean()).isFalse();
        assertThat(clock.path("heldDays").asInt()).isEqualTo(3);
        assertThat(clock.path("holds").get(0).path("reason").asText()).isEqualTo("APPLICANT_INFORMATION");
        assertThat(clock.path("holds").get(0).path("releasedAt").isNull()).isFalse();
        LocalDate registered = LocalDate.parse(clock.path("registeredOn").asText());
        assertThat(LocalDate.parse(deadline(id, "RESOLUTION", null).path("dueOn").asText()))
                .isEqualTo(registered.plusDays(93));
    }

    @Test
    void aQuestionUnansweredByItsDateGivesTheAnalystATaskToReturnTheApplicationWithoutAction() {
        String id = submitted();
        Reply past = review(id, Map.of("action",
                "REQUEST_INFORMATION", "question", "Who installs the detectors?", "respondBy", today().toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().path("errors").findValuesAsText("field")).containsExactly("respondBy");
        Reply misplaced = review(id, Map.of("action",
                "RETURN_WITHOUT_ACTION", "deficiencies", List.of("x"), "respondBy", today().plusDays(3).toString()));
        assertThat(misplaced.status()).isEqualTo(400);
        assertThat(misplaced.body().path("errors").findValuesAsText("field")).containsExactly("respondBy");

        LocalDate respondBy = today().plusDays(5);
        Reply asked = review(id, Map.of("action",
                "REQUEST_INFORMATION", "question", "Who installs the detectors?", "respondBy", respondBy.toString()));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        assertThat(asked.body().path("respondBy").asText()).isEqualTo(respondBy.toString());
        JsonNode question = api.get(ALICE, "/api/applicant/applications/" + id).body().path("openQuestions").get(0);
        assertThat(question.path("respondBy").asText()).as("the applicant sees the date").isEqualTo(respondBy.toString());
        assertThat(review(id, Map.of("action", "DECIDE",
                "proposedOutcome", "APPROVE", "analysis", "x")).status())
                .as("only a return without action while the case awaits the applicant").isEqualTo(409);

        advanceDays(5);
        assertThat(taskTypes(id)).as("the last day to answer is still the applicant's").isEmpty();
        advanceDays(1);
        JsonNode task = api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().get(0);
        assertThat(task.path("type").asText()).isEqualTo("RETURN_FOR_NO_ANSWER");
        assertThat(task.path("name").asText()).isEqualTo("Return without action: no answer by " + respondBy);
        assertThat(staffCase(id).path("application").path("status").asText()).isEqualTo("AWAITING_APPLICANT");

        Reply returned = review(id, Map.of("action",
                "RETURN_WITHOUT_ACTION", "deficiencies", List.of("No answer by " + respondBy + " to BIS's question.")));
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        JsonNode closed = staffCase(id);
        assertThat(closed.path("application").path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("application").path("outcome").asText()).isEqualTo("RETURNED_WITHOUT_ACTION");
        assertThat(closed.path("clock").path("onHold").asBoolean()).as("the hold ends with the case").isFalse();
        assertThat(taskTypes(id)).isEmpty();
        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/responses",
                Map.of("answer", "Too late.")).status()).isEqualTo(409);
        JsonNode applicant = api.get(ALICE, "/api/applicant/applications/" + id).body();
        assertThat(applicant.path("openQuestions")).as("nothing left to answer").isEmpty();
        assertThat(applicant.path("decision").path("reasons").toString()).contains("No answer by " + respondBy);
    }

    @Test
    void bisMayReturnTheApplicationWithoutActionWhileItAwaitsTheApplicantsAnswer() {
        String id = submitted();
        Reply asked = review(id, Map.of("action",
                "REQUEST_INFORMATION", "question", "Who installs the detectors?"));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        assertThat(LocalDate.parse(asked.body().path("respondBy").asText()))
                .as("the product's default answer time").isEqualTo(today().plusDays(30));

        Reply returned = review(id, Map.of("action",
                "RETURN_WITHOUT_ACTION", "deficiencies", List.of("The applicant withdrew the transaction.")));
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(staffCase(id).path("application").path("outcome").asText()).isEqualTo("RETURNED_WITHOUT_ACTION");
        advanceDays(31);
        assertThat(taskTypes(id)).as("no return task once returned").isEmpty();
    }

    @Test
    void theApplicantsAnswerToProposedConditionsEndsTheHoldForThem() {
        String id = submitted();
        Reply held = api.post(BIANCA, "/api/staff/applications/" + id + "/holds", Map.of("reason",
                "CONDITIONS_ACCEPTANCE", "why", "No reexport to China without prior written authorization."));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        advanceDays(2);

        JsonNode proposed = api.get(ALICE, "/api/applicant/applications/" + id).body().path("proposedConditions");
        assertThat(proposed.path("conditions").asText()).contains("No reexport to China");
        Reply declinedWithoutReason = api.post(ALICE, "/api/applicant/applications/" + id + "/conditions-answer",
                Map.of("accepted", false));
        assertThat(declinedWithoutReason.status()).isEqualTo(400);
        assertThat(declinedWithoutReason.body().path("errors").findValuesAsText("field")).containsExactly("note");
        assertThat(api.post(BOB, "/api/applicant/applications/" + id + "/conditions-answer",
                Map.of("accepted", true)).status()).as("another organization's case").isEqualTo(404);

        Reply accepted = api.post(ALICE, "/api/applicant/applications/" + id + "/conditions-answer",
                Map.of("accepted", true, "note", "We accept."));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().path("releaseNote").asText()).isEqualTo("Conditions accepted by the applicant: We accept.");
        JsonNode clock = staffCase(id).path("clock");
        assertThat(clock.path("onHold").asBoolean()).isFalse();
        assertThat(clock.path("heldDays").asInt()).isEqualTo(2);
        assertThat(api.get(ALICE, "/api/applicant/applications/" + id).body().path("proposedConditions").isMissingNode()
                || api.get(ALICE, "/api/applicant/applications/" + id).body().path("proposedConditions").isNull()).isTrue();
        assertThat(api.get(BIANCA, "/api/staff/applications/" + id + "/timeline").body().toString())
                .contains("CONDITIONS_ACCEPTED");
        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/conditions-answer",
                Map.of("accepted", true)).status()).as("nothing left to answer").isEqualTo(409);
    }

    @Test
    void listsCasesWhoseDeadlinePassedForTheAnalysts() {
        String id = submitted();
        advanceDays(9);
        assertThat(overdueIds()).doesNotContain(id);
        advanceDays(1);
        assertThat(api.get(BIANCA, "/api/staff/deadlines/overdue").status()).isEqualTo(200);
        boolean listed = false;
        for (JsonNode entry : api.everyPage(BIANCA, "/api/staff/deadlines/overdue?limit=1")) {
            if (entry.path("applicationId").asText().equals(id)) {
                listed = entry.path("deadline").path("kind").asText().equals("BIS_REVIEW");
            }
        }
        assertThat(listed).isTrue();
        assertThat(api.get(DAN, "/api/staff/deadlines/overdue").status()).isEqualTo(403);
        for (String wrong : List.of("limit=0", "limit=201", "limit=x", "after=bm90IGEgY3Vyc29y", "after=%25%25")) {
            Reply refused = api.get(BIANCA, "/api/staff/deadlines/overdue?" + wrong);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("errors").get(0).path("field").asText()).as(wrong)
                    .isEqualTo(wrong.substring(0, wrong.indexOf('=')));
        }
    }

    @Test
    void onlyAnAdministratorMovesTimeAndOnlyForward() {
        assertThat(api.get(ADA, "/api/admin/clock").status()).isEqualTo(200);
        assertThat(api.post(BIANCA, "/api/admin/clock", Map.of("advanceDays", 1)).status()).isEqualTo(403);
        Reply backwards = api.post(ADA, "/api/admin/clock", Map.of("advanceDays", -1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("errors").findValuesAsText("field")).containsExactly("advanceDays");
    }

    // ------------------------------------------------------------------ steps

    private String submitted() {
        return steps().submitted(ALICE.username(), ApplicationForms.valid());
    }

    private String referred(String... agencies) {
        String id = submitted();
        steps().refer(BIANCA.username(), id, "APPROVE", agencies);
        return id;
    }

    private String referralOf(DemoUser reviewer, String id) {
        return steps().referralOf(reviewer.username(), id);
    }

    private void recordPosition(DemoUser reviewer, String id, Map<String, Object> position) {
        steps().recordPosition(reviewer.username(), id, position);
    }

    private JsonNode staffCase(String id) {
        Reply reply = api.get(BIANCA, "/api/staff/applications/" + id);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode deadline(String id, String kind, String agency) {
        for (JsonNode deadline : staffCase(id).path("clock").path("deadlines")) {
            if (deadline.path("kind").asText().equals(kind)
                    && (agency == null || deadline.path("agency").asText().equals(agency))) {
                return deadline;
            }
        }
        throw new AssertionError("No " + kind + " deadline on " + id);
    }

    private static JsonNode positionOf(JsonNode staffCase, String agency) {
        for (JsonNode referral : staffCase.path("referrals")) {
            if (referral.path("referral").path("agency").asText().equals(agency)) {
                return referral.path("position");
            }
        }
        throw new AssertionError("No referral to " + agency);
    }

    private Reply review(String id, Map<String, Object> review) {
        return api.post(BIANCA, "/api/staff/applications/" + id + "/review", review);
    }

    private List<String> taskTypes(String id) {
        return api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type");
    }

    private List<String> overdueIds() {
        return api.everyPage(BIANCA, "/api/staff/deadlines/overdue?limit=200").stream()
                .map(entry -> entry.path("applicationId").asText()).toList();
    }
}
