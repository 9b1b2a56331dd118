package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BEA;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static gov.clearance.lifecycle.DemoUser.DEX;
import static gov.clearance.lifecycle.DemoUser.EVE;
import static gov.clearance.lifecycle.DemoUser.JULES;
import static gov.clearance.lifecycle.DemoUser.OSCAR;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static gov.clearance.lifecycle.DemoUser.SOL;
import static gov.clearance.lifecycle.IntentToDenyNotices.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladder after a dispute, by moving time: the Operating Committee chair rules; a
 * dissenting agency may appeal within 5 days to ACEP, then EARB, then the President; the boards'
 * member agencies vote within 11 days; a ruling nobody appeals in time becomes the decision.
 */
class EscalationLadderIT extends WithAdjustableClock {

    private static final Map<String, Object> APPEAL = Map.of("signatoryName", "Jane Official",
            "signatoryTitle", "Assistant Secretary", "senateConfirmed", true,
            "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)",
            "statement", "The end user diverts to a military program.");

    /** Justice's member of the boards: not in the demo realm, signed by the test issuer. */
    private static final DemoUser JAY = new DemoUser("jay", List.of("BOARD_MEMBER"), "JUSTICE", null);

    @Test
    void aRulingNobodyAppealsBecomesTheDecisionWhenItsWindowCloses() {
        String id = disputed();
        rule(OSCAR, id, "APPROVED");

        advanceDays(5);
        assertThat(status(id)).as("the fifth day is still open for appeal").isEqualTo("ESCALATED");
        advanceDays(1);

        assertThat(status(id)).isEqualTo("CLOSED");
        JsonNode decision = staffCase(id).path("decision");
        assertThat(decision.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(decision.path("authority").asText()).isEqualTo("OPERATING_COMMITTEE");
        assertThat(steps().awaitLicense(ALICE.username(), id).path("licenseNumber").asText()).matches("D\\d{6}");
        assertThat(api.post(DAN, "/api/staff/applications/" + id + "/appeals", APPEAL).status())
                .as("too late: the ruling is final").isEqualTo(409);
    }

    @Test
    void rejectsAnAppealThatIsNotInOrderWithItsReasons() {
        String id = disputed();
        assertThat(api.post(DAN, "/api/staff/applications/" + id + "/appeals", APPEAL).status())
                .as("nothing to appeal before the committee rules").isEqualTo(409);
        rule(OSCAR, id, "APPROVED");

        assertThat(api.post(SAM, "/api/staff/applications/" + id + "/appeals", APPEAL).status())
                .as("State approved: it does not dissent from an approval").isEqualTo(403);
        Map<String, Object> unsigned = new HashMap<>(APPEAL);
        unsigned.put("senateConfirmed", false);
        unsigned.remove("regulatoryBasis");
        Reply rejected = api.post(DAN, "/api/staff/applications/" + id + "/appeals", unsigned);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("senateConfirmed", "regulatoryBasis");
        assertThat(staffCase(id).path("ladder").path("appeals")).isEmpty();

        Reply filed = api.post(DAN, "/api/staff/applications/" + id + "/appeals", APPEAL);
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        assertThat(filed.text("toLevel")).isEqualTo("ACEP");
        assertThat(api.post(DAN, "/api/staff/applications/" + id + "/appeals", APPEAL).status())
                .as("one appeal per rung").isEqualTo(409);
        String appeal = filed.text("id");
        assertThat(api.post(SAM, "/api/staff/appeals/" + appeal + "/votes", vote("DENIED")).status())
                .as("only board members vote").isEqualTo(403);
        vote(DEX, appeal, "DENIED");
        assertThat(api.post(DEX, "/api/staff/appeals/" + appeal + "/votes", vote("APPROVED")).status())
                .as("one vote per member agency").isEqualTo(409);
    }

    @Test
    void aBoardMajorityOverturnsTheCommitteeAndATieKeepsTheRulingAppealed() {
        String id = disputed();
        rule(OSCAR, id, "APPROVED");
        assertThat(api.get(BEA, "/api/staff/applications/" + id).status()).as("not before an appeal").isEqualTo(404);
        String acep = appeal(DAN, id, "ACEP");
        assertThat(api.get(BEA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("BOARD_VOTE");
        assertThat(api.get(BEA, "/api/staff/applications/" + id).body().path("ladder").path("appeals")).hasSize(1);
        assertThat(api.get(DemoUser.ERIN, "/api/staff/applications/" + id).status()).isEqualTo(404);
        vote(BEA, acep, "DENIED");
        vote(SOL, acep, "DENIED");
        vote(DEX, acep, "DENIED");
        vote(EVE, acep, "APPROVED");
        assertThat(rulings(id)).containsExactly("OPERATING_COMMITTEE:APPROVED", "ACEP:DENIED");

        String earb = appeal(SAM, id, "EARB");
        vote(BEA, earb, "APPROVED");
        vote(SOL, earb, "APPROVED");
        vote(DEX, earb, "DENIED");
        vote(EVE, earb, "DENIED");
        assertThat(rulings(id)).containsExactly("OPERATING_COMMITTEE:APPROVED", "ACEP:DENIED", "EARB:DENIED");

        int earbRuled = processingDay(id);
        advanceDays(6);
        assertThat(status(id)).as("the EARB's denial awaits BIS's notice of intent to deny (15 CFR 750.6)")
                .isEqualTo("IN_RECONCILIATION");
        JsonNode noticeDue = deadline(staffCase(id).path("clock"), "LADDER_DENIAL_NOTICE");
        assertThat(noticeDue.path("processingDay").asInt()).as("750.6(a): within 5 days of the denial, which stands once the "
                + "5-day appeal window closes").isEqualTo(earbRuled + 5 + 5);
        assertThat(noticeDue.path("metAt").isMissingNode()).isTrue();
        assertThat(noticeDue.path("overdue").asBoolean()).isFalse();
        assertThat(api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().get(0).path("due").asText())
                .as("BIS's notice task is due by the 5 days").isEqualTo(noticeDue.path("dueBy").asText());
        assertThat(staffCase(id).path("decision").isMissingNode()).as("no denial without its notice").isTrue();
        assertThat(api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("LADDER_DENIAL_NOTICE");
        assertThat(api.post(BIANCA, "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Approve after all.")).status())
                .as("BIS cannot approve against the ladder's denial").isEqualTo(409);

        CaseSteps.expect(api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", NOTICE), 201);
        JsonNode applicant = api.get(ALICE, "/api/applicant/applications/" + id).body();
        assertThat(applicant.path("status").asText()).isEqualTo("INTENT_TO_DENY");
        JsonNode notice = applicant.path("intentToDeny");
        assertThat(notice.path("statutoryBasis").asText()).isEqualTo(NOTICE.get("statutoryBasis"));
        assertThat(notice.path("regulatoryBasis").asText()).isEqualTo(NOTICE.get("regulatoryBasis"));
        assertThat(notice.path("reconsideration").asText()).isEqualTo(NOTICE.get("reconsideration"));
        assertThat(notice.path("appealRights").asText()).contains("45 days", "part 756");
        LocalDate noticed = today();
        assertThat(LocalDate.parse(notice.path("windows").path("respondBy").asText())).isEqualTo(noticed.plusDays(20));
        assertThat(LocalDate.parse(notice.path("windows").path("finalAfter").asText())).isEqualTo(noticed.plusDays(45));
        assertThat(api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body()).isEmpty();
        assertThat(deadline(staffCase(id).path("clock"), "LADDER_DENIAL_NOTICE").path("metAt").isMissingNode())
                .as("the notice meets the 5 days").isFalse();

        advanceDays(45);
        assertThat(status(id)).isEqualTo("INTENT_TO_DENY");
        advanceDays(1);
        assertThat(status(id)).isEqualTo("CLOSED");
        JsonNode decision = staffCase(id).path("decision");
        assertThat(decision.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(decision.path("authority").asText()).isEqualTo("EARB");
    }

    @Test
    void aBoardThatMissesVotesRulesOnThoseCastWhenItsElevenDaysPass() {
        String id = disputed();
        rule(OSCAR, id, "DENIED");
        String acep = appeal(SAM, id, "ACEP");
        vote(SOL, acep, "APPROVED");
        advanceDays(11);
        assertThat(rulings(id)).containsExactly("OPERATING_COMMITTEE:DENIED");
        advanceDays(1);
        assertThat(rulings(id)).containsExactly("OPERATING_COMMITTEE:DENIED", "ACEP:APPROVED");
        assertThat(api.get(BEA, "/api/staff/tasks?applicationId=" + id).body()).isEmpty();
    }

    @Test
    void theWorstCaseTakesEveryStepAtItsLimitAndReachesThePresidentOnDayNinety() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        advanceDays(9);
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        advanceDays(30);
        steps().recordPosition(DAN.username(), id, Map.of("type", "DENY", "rationale", "Diversion risk.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)"));
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus(BIANCA.username(), id, "ESCALATED");
        assertThat(processingDay(id)).isEqualTo(39);

        advanceDays(14);
        rule(OSCAR, id, "APPROVED");
        advanceDays(5);
        String acep = appeal(DAN, id, "ACEP");
        advanceDays(11);
        for (DemoUser member : List.of(BEA, SOL, DEX)) {
            vote(member, acep, "DENIED");
        }
        vote(EVE, acep, "APPROVED");
        advanceDays(5);
        String earb = appeal(SAM, id, "EARB");
        advanceDays(11);
        for (DemoUser member : List.of(BEA, SOL, EVE)) {
            vote(member, earb, "APPROVED");
        }
        vote(DEX, earb, "DENIED");
        advanceDays(5);
        assertThat(processingDay(id)).isEqualTo(90);
        appeal(DAN, id, "PRESIDENT");

        JsonNode clock = staffCase(id).path("clock");
        for (JsonNode deadline : clock.path("deadlines")) {
            assertThat(deadline.path("overdue").asBoolean()).as(deadline.toString()).isFalse();
        }
        assertThat(clock.path("deadlines").findValuesAsText("what")).contains(
                "a dissenting agency may appeal the Operating Committee ruling to ACEP",
                "a dissenting agency may appeal the EARB ruling to the President", "ACEP rules on DOD's appeal");
        JsonNode resolution = deadline(clock, "RESOLUTION");
        assertThat(resolution.path("metAt").isNull()).isFalse();
        assertThat(api.everyPage(BIANCA, "/api/staff/deadlines/overdue?limit=200").stream()
                .map(entry -> entry.path("applicationId").asText())).doesNotContain(id);

        assertThat(api.get(ADA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("PRESIDENTIAL_DECISION");
        assertThat(api.post(OSCAR, "/api/staff/applications/" + id + "/rulings", Map.of("outcome", "DENIED",
                "rationale", "x")).status()).as("the OC chair rules, but this case awaits the President").isEqualTo(409);
        rule(ADA, id, "DENIED");
        assertThat(status(id)).as("the President's denial too goes through BIS's notice (15 CFR 750.6)")
                .isEqualTo("IN_RECONCILIATION");
        assertThat(staffCase(id).path("decision").isMissingNode()).isTrue();
        assertThat(api.get(BIANCA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("LADDER_DENIAL_NOTICE");
        CaseSteps.expect(api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", NOTICE), 201);
        assertThat(status(id)).isEqualTo("INTENT_TO_DENY");
    }

    @Test
    void justiceNeitherAppealsNorVotesOnACaseWithoutAnEncryptionItem() {
        String id = disputedWithJusticeDenying("4A003.b", "DENY");
        Reply early = api.post(JULES, "/api/staff/applications/" + id + "/appeals", APPEAL);
        assertThat(early.status()).as("refused for its seat before the case's state (no ruling yet) is told")
                .isEqualTo(403);
        rule(OSCAR, id, "APPROVED");

        Reply refused = api.post(JULES, "/api/staff/applications/" + id + "/appeals", APPEAL);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        assertThat(refused.text("detail")).startsWith("JUSTICE sits on the OC, the ACEP and the EARB only for "
                + "encryption exports (15 CFR 772.1").contains("JUSTICE may not appeal on this case");
        assertThat(early.text("detail")).isEqualTo(refused.text("detail"));

        String acep = appeal(DAN, id, "ACEP");
        assertThat(api.get(JAY, "/api/staff/tasks?applicationId=" + id).body()).as("no vote asked of Justice")
                .isEmpty();
        assertThat(api.get(BEA, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("BOARD_VOTE");
        Reply vote = api.post(JAY, "/api/staff/appeals/" + acep + "/votes", vote("DENIED"));
        assertThat(vote.status()).as("the case is out of Justice's board member's sight: " + vote.body())
                .isEqualTo(404);
        assertThat(vote.text("detail")).isEqualTo("Appeal " + acep + " was not found");
        assertThat(staffCase(id).path("ladder").path("appeals").get(0).path("votes")).isEmpty();
        assertThat(api.get(JAY, "/api/staff/applications/" + id).status())
                .as("a board member whose agency has no seat for the case does not see it").isEqualTo(404);
        assertThat(api.get(BEA, "/api/staff/applications/" + id).status()).isEqualTo(200);
    }

    @Test
    void justiceAppealsAndItsVoteCountsWhereAnItemIsControlledForEncryption() {
        String id = disputedWithJusticeDenying("5A002.a", "APPROVE");
        rule(OSCAR, id, "APPROVED");

        String acep = appeal(JULES, id, "ACEP");
        assertThat(api.get(JAY, "/api/staff/tasks?applicationId=" + id).body().findValuesAsText("type"))
                .containsExactly("BOARD_VOTE");
        assertThat(api.get(JAY, "/api/staff/applications/" + id).status()).isEqualTo(200);
        vote(BEA, acep, "APPROVED");
        vote(SOL, acep, "APPROVED");
        vote(DEX, acep, "DENIED");
        vote(EVE, acep, "DENIED");
        assertThat(rulings(id)).as("the board waits for its fifth seat")
                .containsExactly("OPERATING_COMMITTEE:APPROVED");
        vote(JAY, acep, "DENIED");

        assertThat(rulings(id)).as("Justice's vote breaks the tie").containsExactly("OPERATING_COMMITTEE:APPROVED",
                "ACEP:DENIED");
        assertThat(staffCase(id).path("ladder").path("rulings").get(1).path("rationale").asText())
                .startsWith("ACEP: 2 for approval, 3 for denial, 0 not voting");
    }

    // ------------------------------------------------------------------ steps

    /** Defense denies, State approves, BIS proposed to approve: the case goes to the Operating Committee. */
    private String disputed() {
        String id = steps().submitted(ALICE.username(), ApplicationForms.valid());
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        steps().recordPosition(DAN.username(), id, Map.of("type", "DENY", "rationale", "Diversion risk.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)"));
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus(BIANCA.username(), id, "ESCALATED");
        return id;
    }

    /**
     * A case of one controlled item referred to Defense, State and Justice: Justice denies, State approves,
     * Defense as given, BIS proposed to approve; the case goes to the Operating Committee.
     */
    private String disputedWithJusticeDenying(String eccn, String defense) {
        Map<String, Object> form = ApplicationForms.valid();
        form.put("items", new ArrayList<>(List.of(ApplicationForms.item(eccn, "SX-9", "2", "5000.00", "10000.00"))));
        form.put("totalValue", "10000.00");
        String id = steps().submitted(ALICE.username(), form);
        steps().refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE", "JUSTICE");
        Map<String, Object> deny = Map.of("type", "DENY", "rationale", "Diversion risk.",
                "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.15(b)");
        steps().recordPosition(JULES.username(), id, deny);
        steps().recordPosition(DAN.username(), id, "DENY".equals(defense) ? deny
                : Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().recordPosition(SAM.username(), id, Map.of("type", "APPROVE", "rationale", "No objection."));
        steps().awaitStatus(BIANCA.username(), id, "ESCALATED");
        return id;
    }

    private void rule(DemoUser who, String id, String outcome) {
        CaseSteps.expect(api.post(who, "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", outcome, "rationale", "Ruled on the record.")), 201);
    }

    private String appeal(DemoUser agency, String id, String expectedLevel) {
        Reply filed = CaseSteps.expect(api.post(agency, "/api/staff/applications/" + id + "/appeals", APPEAL), 201);
        assertThat(filed.text("toLevel")).isEqualTo(expectedLevel);
        return filed.text("id");
    }

    private void vote(DemoUser member, String appeal, String vote) {
        CaseSteps.expect(api.post(member, "/api/staff/appeals/" + appeal + "/votes", vote(vote)), 201);
    }

    private static Map<String, Object> vote(String vote) {
        return Map.of("vote", vote, "rationale", "Voted on the record.");
    }

    private List<String> rulings(String id) {
        List<String> made = new ArrayList<>();
        staffCase(id).path("ladder").path("rulings").forEach(ruling ->
                made.add(ruling.path("level").asText() + ":" + ruling.path("outcome").asText()));
        return made;
    }

    private JsonNode staffCase(String id) {
        return CaseSteps.expect(api.get(BIANCA, "/api/staff/applications/" + id), 200).body();
    }

    private String status(String id) {
        return staffCase(id).path("application").path("status").asText();
    }

    private int processingDay(String id) {
        return staffCase(id).path("clock").path("processingDay").asInt();
    }

    private static JsonNode deadline(JsonNode clock, String kind) {
        JsonNode found = null;
        for (JsonNode deadline : clock.path("deadlines")) {
            if (deadline.path("kind").asText().equals(kind)) {
                found = deadline;
            }
        }
        assertThat(found).as(kind).isNotNull();
        return found;
    }
}
