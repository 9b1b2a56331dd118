package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.BOB;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static gov.clearance.lifecycle.IntentToDenyNotices.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intent to deny (15 CFR 750.6) and the applicant's appeal (part 756), by moving time: a denial begins
 * as a notice the applicant reads and may answer within 20 days and appeal within 45; unless BIS
 * withdraws it, or an appeal is pending, it becomes final after day 45.
 */
class IntentToDenyIT extends WithAdjustableClock {

    @Test
    void aDenialBeginsAsANoticeTheApplicantReadsAndMayAnswerOnce() {
        String id = agreed();
        Reply outright = api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "DENIED", "rationale", "Deny."));
        assertThat(outright.status()).isEqualTo(400);
        assertThat(outright.body().path("errors").findValuesAsText("field")).containsExactly("outcome");

        Map<String, Object> incomplete = new HashMap<>(NOTICE);
        incomplete.remove("contact");
        incomplete.remove("regulatoryBasis");
        Reply refused = api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", incomplete);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).as("750.6(a)(2): the statutory and the "
                + "regulatory basis").containsExactly("regulatoryBasis", "contact");
        assertThat(api.post(SAM, "/api/staff/applications/" + id + "/intent-to-deny", NOTICE).status()).isEqualTo(403);

        notice(id);
        JsonNode applicant = api.get(ALICE, "/api/applicant/applications/" + id).body();
        assertThat(applicant.path("status").asText()).isEqualTo("INTENT_TO_DENY");
        JsonNode notice = applicant.path("intentToDeny");
        assertThat(notice.path("statutoryBasis").asText()).isEqualTo(NOTICE.get("statutoryBasis"));
        assertThat(notice.path("regulatoryBasis").asText()).isEqualTo(NOTICE.get("regulatoryBasis"));
        assertThat(notice.path("reasons").asText()).isEqualTo(NOTICE.get("reasons"));
        assertThat(notice.path("reconsideration").asText()).isEqualTo(NOTICE.get("reconsideration"));
        assertThat(notice.path("appealRights").asText()).contains("45 days", "Under Secretary");
        assertThat(api.get(BOB, "/api/applicant/applications/" + id).status()).isEqualTo(404);

        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/intent-to-deny/response",
                Map.of("response", "The end user is a university, see the attached statement.")).status())
                .isEqualTo(201);
        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/intent-to-deny/response",
                Map.of("response", "Again.")).status()).isEqualTo(409);
        assertThat(api.post(BOB, "/api/applicant/applications/" + id + "/intent-to-deny/response",
                Map.of("response", "Not mine.")).status()).isEqualTo(404);
    }

    @Test
    void unlessBisActsTheDenialBecomesFinalAfterDayFortyFiveAndCanNoLongerBeAppealed() {
        String id = agreed();
        notice(id);
        advanceDays(21);
        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/intent-to-deny/response",
                Map.of("response", "Late.")).status()).as("20 days to respond").isEqualTo(409);
        advanceDays(24);
        assertThat(status(id)).as("day 45 is still open").isEqualTo("INTENT_TO_DENY");
        advanceDays(1);

        JsonNode staff = staffCase(id);
        assertThat(staff.path("application").path("status").asText()).isEqualTo("CLOSED");
        assertThat(staff.path("decision").path("outcome").asText()).isEqualTo("DENIED");
        assertThat(staff.path("decision").path("authority").asText()).isEqualTo("LICENSING_ANALYST");
        assertThat(api.post(ALICE, "/api/applicant/applications/" + id + "/intent-to-deny/appeal",
                Map.of("statement", "Too late.")).status()).isEqualTo(409);
    }

    @Test
    void aHoldMovesTheDenialsLastDaysByItsLength() {
        String id = agreed();
        notice(id);
        java.time.LocalDate finalBefore = java.time.LocalDate.parse(
                staffCase(id).path("intentToDeny").path("windows").path("finalAfter").asText());
        Reply held = api.post(BIANCA, "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "GOVERNMENT_ASSURANCE", "why", "Awaiting the end user's government."));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        advanceDays(10);
        CaseSteps.expect(api.post(BIANCA, "/api/staff/holds/" + held.text("id") + "/release",
                Map.of("note", "The assurance arrived.")), 200);
        JsonNode windows = staffCase(id).path("intentToDeny").path("windows");
        assertThat(java.time.LocalDate.parse(windows.path("finalAfter").asText())).isEqualTo(finalBefore.plusDays(10));

        advanceDays(45);
        assertThat(status(id)).as("the hold's ten days do not count").isEqualTo("INTENT_TO_DENY");
        advanceDays(1);
        assertThat(status(id)).isEqualTo("CLOSED");
    }

    @Test
    void bisWithdrawsItsIntentAndApprovesInstead() {
        String id = agreed();
        notice(id);
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny/withdrawal",
                Map.of("rationale", "The applicant named a civil end user.")).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("IN_RECONCILIATION");

        CaseSteps.expect(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Civil end user verified.")), 200);
        assertThat(steps().awaitLicense(ALICE.username(), id).path("licenseNumber").asText()).matches("D\\d{6}");
        advanceDays(46);
        assertThat(staffCase(id).path("decision").path("outcome").asText()).isEqualTo("APPROVED");
    }

    @Test
    void anAppealWithinFortyFiveDaysHoldsTheDenialUntilTheUnderSecretaryDecides() {
        String upheld = agreed();
        notice(upheld);
        advanceDays(30);
        Reply appealed = api.post(ALICE, "/api/applicant/applications/" + upheld + "/intent-to-deny/appeal",
                Map.of("statement", "BIS misread the end-use statement.", "hearingRequested", true));
        assertThat(appealed.status()).as(appealed.body().toString()).isEqualTo(201);
        String appeal = appealed.body().path("appeal").path("id").asText();
        advanceDays(20);
        assertThat(status(upheld)).as("no denial becomes final while appealed").isEqualTo("INTENT_TO_DENY");

        assertThat(api.post(BIANCA, "/api/staff/denial-appeals/" + appeal + "/decision", Map.of("outcome", "UPHELD",
                "rationale", "x")).status()).as("recorded by an administrator").isEqualTo(403);
        assertThat(api.get(ADA, "/api/staff/tasks?applicationId=" + upheld).body().findValuesAsText("type"))
                .containsExactly("DENIAL_APPEAL");
        String heardOn = today().minusDays(2).toString();
        Reply decided = api.post(ADA, "/api/staff/denial-appeals/" + appeal + "/decision", Map.of("outcome",
                "UPHELD", "rationale", "The record supports the denial.", "hearingHeldOn", heardOn));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(decided.body().path("appeal").path("hearingHeldOn").asText()).isEqualTo(heardOn);
        assertThat(staffCase(upheld).path("decision").path("outcome").asText()).isEqualTo("DENIED");

        String granted = agreed();
        notice(granted);
        String second = api.post(ALICE, "/api/applicant/applications/" + granted + "/intent-to-deny/appeal",
                Map.of("statement", "New evidence.")).body().path("appeal").path("id").asText();
        CaseSteps.expect(api.post(ADA, "/api/staff/denial-appeals/" + second + "/decision", Map.of("outcome",
                "GRANTED", "rationale", "BIS decides again on the new evidence.")), 200);
        assertThat(status(granted)).isEqualTo("IN_RECONCILIATION");
        assertThat(api.get(BIANCA, "/api/staff/tasks?applicationId=" + granted).body().findValuesAsText("type"))
                .containsExactly("DECISION");
    }

    // ------------------------------------------------------------------ steps

    /** BIS proposed approval and State agreed: the case waits for BIS's decision. */
    private String agreed() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        steps().refer(BIANCA.username(), id, "APPROVE", "STATE");
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus(BIANCA.username(), id, "IN_RECONCILIATION");
        return id;
    }

    private void notice(String id) {
        CaseSteps.expect(api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", NOTICE), 201);
    }

    private JsonNode staffCase(String id) {
        return CaseSteps.expect(api.get(BIANCA, "/api/staff/applications/" + id), 200).body();
    }

    private String status(String id) {
        return staffCase(id).path("application").path("status").asText();
    }
}
