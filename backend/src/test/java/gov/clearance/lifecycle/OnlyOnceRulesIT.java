package gov.clearance.lifecycle;

import static gov.clearance.lifecycle.CaseSteps.expect;
import static gov.clearance.lifecycle.DemoUser.ADA;
import static gov.clearance.lifecycle.DemoUser.ALICE;
import static gov.clearance.lifecycle.DemoUser.BIANCA;
import static gov.clearance.lifecycle.DemoUser.DAN;
import static gov.clearance.lifecycle.DemoUser.DEX;
import static gov.clearance.lifecycle.DemoUser.NINA;
import static gov.clearance.lifecycle.DemoUser.OSCAR;
import static gov.clearance.lifecycle.DemoUser.SAM;
import static gov.clearance.lifecycle.IntentToDenyNotices.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change that may happen only once (a submission, a review, a position, a pending assessment per component,
 * a claim, a decision, a ruling, an appeal per rung, a vote per member, ...) holds when several copies of it
 * arrive at the same moment: exactly one is carried out, every other copy is refused with 409 problem+json, none
 * gets a 5xx, and the case holds exactly one of the thing afterwards. The copies are sent without an
 * {@code Idempotency-Key}, as different people (or one person in several windows) would send them.
 */
class OnlyOnceRulesIT extends AgainstTestIssuer {

    private static final int COPIES = 8;

    private static final Map<String, Object> APPEAL = Map.of("signatoryName", "Jane Official",
            "signatoryTitle", "Assistant Secretary", "senateConfirmed", true,
            "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)",
            "statement", "The end user diverts to a military program.");
    private static final Map<String, Object> DENY = Map.of("type", "DENY", "rationale", "Diversion risk.",
            "statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4(b)");
    private static final Map<String, Object> APPROVE = Map.of("type", "APPROVE", "rationale", "No objection.");

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    CaseSteps steps;

    @BeforeEach
    void connect() {
        api = new Api(port);
        steps = CaseSteps.signedByTestIssuer(api);
    }

    // ------------------------------------------------------------------ the applicant

    @Test
    void aDraftIsSubmittedOnce() {
        String id = expect(api.post(ALICE, "/api/applicant/applications", ApplicationForms.valid()), 201).text("id");

        exactlyOneSucceeds(together(ALICE, "POST", "/api/applicant/applications/" + id + "/submit", null), 200);

        assertThat(audited(id, "APPLICATION_SUBMITTED")).isEqualTo(1);
        assertThat(count("select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null", id))
                .isEqualTo(1);
    }

    @Test
    void oneTransactionIsPendingOnceThoughSeveralDraftsOfItAreSubmittedTogether() {
        Map<String, Object> form = ApplicationForms.valid();
        List<String> drafts = IntStream.range(0, COPIES).mapToObj(copy -> expect(api.post(ALICE,
                "/api/applicant/applications", form), 201).text("id")).toList();
        String token = TestIssuer.get().token(ALICE);

        exactlyOneSucceeds(together((client, copy) -> client.send(token, "POST", "/api/applicant/applications/"
                + drafts.get(copy) + "/submit", null)), 200);

        assertThat(count("select count(*) from intake_application where id = any(?::uuid[]) and status <> 'DRAFT'",
                "{" + String.join(",", drafts) + "}")).isEqualTo(1);
    }

    @Test
    void bisQuestionIsAnsweredOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.review(BIANCA.username(), id, Map.of("action", "REQUEST_INFORMATION",
                "question", "Provide the end-user statement."));

        exactlyOneSucceeds(together(ALICE, "POST", "/api/applicant/applications/" + id + "/responses",
                Map.of("answer", "The statement is attached.")), 200);

        assertThat(count("select count(*) from intake_information_response r join intake_information_request q "
                + "on q.id = r.request_id where q.application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(steps.tasks(BIANCA.username(), id)).extracting(task -> task.path("type").asText())
                .containsExactly("BIS_REVIEW");
    }

    @Test
    void theApplicantAnswersProposedConditionsOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String hold = expect(api.post(BIANCA, "/api/staff/applications/" + id + "/holds", Map.of("reason",
                "CONDITIONS_ACCEPTANCE", "why", "No reexport without prior written authorization.")), 201).text("id");

        exactlyOneSucceeds(together(ALICE, "POST", "/api/applicant/applications/" + id + "/conditions-answer",
                Map.of("accepted", true, "note", "We accept.")), 200);

        assertThat(count("select count(*) from deadline_hold_release where hold_id = ?::uuid", hold)).isEqualTo(1);
        assertThat(audited(id, "CONDITIONS_ACCEPTED")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ BIS review

    @Test
    void aCaseIsReviewedOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/review", Map.of(
                "action", "REFER", "agencies", List.of("STATE"), "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL,
                "proposedOutcome", "APPROVE", "analysis", "BIS analysis.")), 200);

        assertThat(count("select count(*) from referral_bis_review where application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(count("select count(*) from referral_referral where application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(steps.tasks(SAM.username(), id)).hasSize(1);
    }

    @Test
    void bisAsksTheApplicantOneQuestionOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/review", Map.of(
                "action", "REQUEST_INFORMATION", "question", "Provide the end-user statement.")), 200);

        assertThat(count("select count(*) from referral_bis_review where application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(count("select count(*) from intake_information_request where application_id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from deadline_hold where application_id = ?::uuid "
                + "and reason = 'APPLICANT_INFORMATION'", id)).isEqualTo(1);
    }

    @Test
    void anItemIsReclassifiedOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/reclassifications", Map.of(
                "items", List.of(Map.of("item", 0, "eccn", "3A001.a.2")),
                "rationale", "The detector is a space-qualified one.")), 201);

        assertThat(count("select count(*) from referral_reclassification where application_id = ?::uuid", id))
                .isEqualTo(1);
    }

    @Test
    void aScreeningHitIsAdjudicatedOnce() {
        Map<String, Object> form = PartyScreeningIT.formWithConsignee("Gulf Gate Sea Cargo L.L.C.", "AE");
        form.put("additionalInformation", "Race " + UUID.randomUUID());
        form.put("items", new ArrayList<>(List.of(ApplicationForms.item("3A001.a.1",
                "MX-" + UUID.randomUUID().toString().substring(0, 8), "1", "1500.00", "1500.00"))));
        form.put("totalValue", "1500.00");
        String id = steps.submitted(ALICE.username(), form);
        String hit = api.get(BIANCA, "/api/staff/applications/" + id + "/screening").body().path("hits").get(0)
                .path("id").asText();

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/screening/hits/" + hit
                + "/adjudication", Map.of("outcome", "FALSE_POSITIVE", "reason", "Another address.")), 200);

        assertThat(count("select count(*) from screening_adjudication where hit_id = ?::uuid", hit)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ tasks

    @Test
    void aTaskIsClaimedByOnePerson() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String task = steps.task(BIANCA.username(), id, "BIS_REVIEW").path("id").asText();
        List<String> tokens = analysts(COPIES);
        List<Reply> replies = together((client, copy) -> client.send(tokens.get(copy), "POST",
                "/api/staff/tasks/" + task + "/claim", null));

        exactlyOneSucceeds(replies, 200);
        String winner = replies.stream().filter(reply -> reply.status() == 200).findFirst().orElseThrow()
                .text("assignee");
        assertThat(steps.task(BIANCA.username(), id, "BIS_REVIEW").path("assignee").asText()).isEqualTo(winner);
        assertThat(count("select count(*) from act_ru_task where id_ = ? and assignee_ = ?", task, winner))
                .isEqualTo(1);
    }

    @Test
    void aClaimedTaskIsReleasedOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String task = steps.task(BIANCA.username(), id, "BIS_REVIEW").path("id").asText();
        expect(api.post(BIANCA, "/api/staff/tasks/" + task + "/claim", null), 200);

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/tasks/" + task + "/unclaim", null), 200);

        assertThat(count("select count(*) from act_ru_task where id_ = ? and assignee_ is null", task)).isEqualTo(1);
    }

    @Test
    void claimsRacingTheCompletionOfTheirTaskAreRefusedWithoutAServerError() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String task = steps.task(BIANCA.username(), id, "BIS_REVIEW").path("id").asText();
        Map<String, Object> review = Map.of("action", "REFER", "agencies", List.of("STATE"),
                "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "proposedOutcome", "APPROVE",
                "analysis", "BIS analysis.");

        String reviewer = TestIssuer.get().token(BIANCA);
        List<String> claimers = analysts(COPIES - 1);
        List<Reply> replies = together((client, copy) -> copy == 0
                ? client.send(reviewer, "POST", "/api/staff/applications/" + id + "/review", review)
                : client.send(claimers.get(copy - 1), "POST", "/api/staff/tasks/" + task + "/claim", null));

        String seen = replies.stream().map(reply -> reply.status() + " " + reply.body())
                .collect(Collectors.joining("\n"));
        assertThat(replies).as(seen).noneMatch(reply -> reply.status() >= 500)
                .allMatch(reply -> reply.status() < 300 || reply.contentType().startsWith("application/problem+json"));
        int reviews = count("select count(*) from referral_bis_review where application_id = ?::uuid", id);
        assertThat(reviews).as("the review was carried out, or refused because the task was claimed first:\n" + seen)
                .isEqualTo(replies.get(0).status() == 200 ? 1 : 0);
        assertThat(replies.subList(1, COPIES)).as("at most one claim holds:\n" + seen)
                .filteredOn(reply -> reply.status() == 200).hasSizeLessThanOrEqualTo(1);
    }

    // ------------------------------------------------------------------ agencies

    @Test
    void anAgencyRecordsOnePositionOnAReferral() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "STATE");
        String referral = steps.referralOf(SAM.username(), id);

        exactlyOneSucceeds(together(SAM, "POST", "/api/staff/referrals/" + referral + "/position", APPROVE), 201);

        assertThat(count("select count(*) from position_position where referral_id = ?::uuid", referral))
                .isEqualTo(1);
        assertThat(steps.tasks(SAM.username(), id)).isEmpty();
    }

    @Test
    void anAgencyRecordsOneNewPositionInPlaceOfItsReturnWithoutAction() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD");
        String referral = steps.referralOf(DAN.username(), id);
        String returned = expect(api.post(DAN, "/api/staff/referrals/" + referral + "/position", Map.of("type",
                "RETURN_WITHOUT_ACTION", "rationale", "Cannot assess the risk.", "missingInformation",
                "The end user's other customers.")), 201).text("id");
        expect(api.post(BIANCA, "/api/staff/positions/" + returned + "/supplied-information",
                Map.of("information", "A university and a hospital.")), 201);

        exactlyOneSucceeds(together(DAN, "POST", "/api/staff/referrals/" + referral + "/position", APPROVE), 201);

        assertThat(count("select count(*) from position_position where supersedes = ?::uuid", returned))
                .isEqualTo(1);
    }

    @Test
    void aComponentHasOnePendingAssessmentOnAReferral() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD");
        String referral = steps.referralOf(DAN.username(), id);

        exactlyOneSucceeds(together(DAN, "POST", "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("NAVY"), "instructions", "Assess the naval end use.")), 201);

        assertThat(count("select count(*) from position_assessment where referral_id = ?::uuid "
                + "and component = 'NAVY'", referral)).isEqualTo(1);
        List<JsonNode> navyTasks = steps.tasks(NINA.username(), id);
        assertThat(navyTasks).hasSize(1);
        assertThat(navyTasks.get(0).path("assessmentId").isNull()).as("the task names its assessment").isFalse();
    }

    @Test
    void aComponentRecordsItsAssessmentOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD");
        String referral = steps.referralOf(DAN.username(), id);
        expect(api.post(DAN, "/api/staff/referrals/" + referral + "/assessments",
                Map.of("components", List.of("NAVY"))), 201);
        String assessment = steps.task(NINA.username(), id, "COMPONENT_ASSESSMENT").path("assessmentId").asText();

        exactlyOneSucceeds(together(NINA, "POST", "/api/staff/assessments/" + assessment,
                Map.of("recommendation", "APPROVE", "rationale", "No naval concern.")), 201);

        assertThat(count("select count(*) from position_assessment_result where assessment_id = ?::uuid",
                assessment)).isEqualTo(1);
        assertThat(steps.tasks(NINA.username(), id)).isEmpty();
    }

    @Test
    void anAgencyAsksForMissingInformationOnceAtATime() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "STATE");
        String referral = steps.referralOf(SAM.username(), id);

        exactlyOneSucceeds(together(SAM, "POST", "/api/staff/referrals/" + referral + "/missing-information",
                Map.of("missing", "The end user's other customers.")), 201);

        assertThat(count("select count(*) from deadline_hold where referral_id = ?::uuid "
                + "and reason = 'AGENCY_INFORMATION'", referral)).isEqualTo(1);
    }

    @Test
    void anAgencyConsentsToAChangeOfItsConditionOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        String referral = steps.referralOf(DAN.username(), id);
        steps.recordPosition(DAN.username(), id, Map.of("type", "APPROVE_WITH_CONDITIONS", "rationale", "Riders.",
                "conditions", List.of("No reexport without prior authorization.", "Report installation.")));
        steps.recordPosition(SAM.username(), id, APPROVE);
        steps.awaitStatus(BIANCA.username(), id, "IN_RECONCILIATION");

        exactlyOneSucceeds(together(DAN, "POST", "/api/staff/referrals/" + referral + "/condition-consents",
                Map.of("conditionSequence", 2, "change", "DROP", "rationale", "The end user reports anyway.")), 201);

        assertThat(count("select count(*) from position_condition_consent where referral_id = ?::uuid", referral))
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ holds

    @Test
    void aCaseIsHeldOnceForOneReason() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "GOVERNMENT_ASSURANCE", "why", "Awaiting the end user's government.")), 201);

        assertThat(count("select count(*) from deadline_hold where application_id = ?::uuid "
                + "and reason = 'GOVERNMENT_ASSURANCE'", id)).isEqualTo(1);
    }

    @Test
    void aHoldIsReleasedOnce() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String hold = expect(api.post(BIANCA, "/api/staff/applications/" + id + "/holds",
                Map.of("reason", "FOREIGN_CONSULTATION", "why", "Consulting the regime partners.")), 201).text("id");

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/holds/" + hold + "/release",
                Map.of("note", "The partners answered.")), 200);

        assertThat(count("select count(*) from deadline_hold_release where hold_id = ?::uuid", hold)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ documents

    /** Not a change that happens once: each copy is a new version, numbered after the others, none refused. */
    @Test
    void newVersionsOfADocumentUploadedTogetherAreAllKeptEachWithItsOwnNumber() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        String document = expect(api.upload(BIANCA, "/api/staff/applications/" + id + "/documents",
                Map.of("type", "OTHER"), "note.pdf", "application/pdf", SupportDocumentsIT.pdf(1)), 201)
                .text("documentId");
        String token = TestIssuer.get().token(BIANCA);

        List<Reply> replies = together((client, copy) -> client.upload(token, "/api/staff/applications/" + id
                + "/documents", Map.of("type", "OTHER", "replaces", document), "note-" + copy + ".pdf",
                "application/pdf", SupportDocumentsIT.pdf(2 + copy)));

        assertThat(replies).as(replies.stream().map(reply -> reply.status() + " " + reply.body())
                .collect(Collectors.joining("\n"))).allMatch(reply -> reply.status() == 201);
        assertThat(replies).extracting(reply -> reply.body().path("version").asInt())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, COPIES + 1).boxed().toList());
        assertThat(count("select count(*) from document_version where document_id = ?::uuid", document))
                .isEqualTo(COPIES + 1);
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void aCaseIsDecidedOnce() {
        String id = agreed();

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur.")), 200);

        assertThat(count("select count(*) from decision_decision where application_id = ?::uuid", id)).isEqualTo(1);
        steps.awaitLicense(ALICE.username(), id);
        assertThat(count("select count(*) from decision_license where application_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void anIntentToDenyIsIssuedOnce() {
        String id = agreed();

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/intent-to-deny", NOTICE), 201);

        assertThat(count("select count(*) from decision_intent_to_deny where application_id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(steps.tasks(BIANCA.username(), id)).isEmpty();
    }

    @Test
    void anIntentToDenyIsWithdrawnOnce() {
        String id = noticed();

        exactlyOneSucceeds(together(BIANCA, "POST", "/api/staff/applications/" + id + "/intent-to-deny/withdrawal",
                Map.of("rationale", "The applicant named a civil end user.")), 200);

        assertThat(count("select count(*) from decision_intent_withdrawal w join decision_intent_to_deny i "
                + "on i.id = w.intent_id where i.application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(steps.tasks(BIANCA.username(), id)).extracting(task -> task.path("type").asText())
                .containsExactly("DECISION");
    }

    @Test
    void theApplicantRespondsToANoticeOnce() {
        String id = noticed();

        exactlyOneSucceeds(together(ALICE, "POST", "/api/applicant/applications/" + id + "/intent-to-deny/response",
                Map.of("response", "The end user is a university.")), 201);

        assertThat(count("select count(*) from decision_intent_response r join decision_intent_to_deny i "
                + "on i.id = r.intent_id where i.application_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void theApplicantAppealsADenialOnce() {
        String id = noticed();

        exactlyOneSucceeds(together(ALICE, "POST", "/api/applicant/applications/" + id + "/intent-to-deny/appeal",
                Map.of("statement", "BIS misread the end-use statement.")), 201);

        assertThat(count("select count(*) from decision_denial_appeal where application_id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(steps.tasks(ADA.username(), id)).hasSize(1);
    }

    @Test
    void theUnderSecretaryDecidesAnAppealOnce() {
        String id = noticed();
        String appeal = expect(api.post(ALICE, "/api/applicant/applications/" + id + "/intent-to-deny/appeal",
                Map.of("statement", "New evidence.")), 201).body().path("appeal").path("id").asText();

        exactlyOneSucceeds(together(ADA, "POST", "/api/staff/denial-appeals/" + appeal + "/decision",
                Map.of("outcome", "UPHELD", "rationale", "The record supports the denial.")), 200);

        assertThat(count("select count(*) from decision_denial_appeal_decision where appeal_id = ?::uuid", appeal))
                .isEqualTo(1);
        assertThat(count("select count(*) from decision_decision where application_id = ?::uuid", id)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the escalation ladder

    @Test
    void theOperatingCommitteeRulesOnce() {
        String id = disputed();

        exactlyOneSucceeds(together(OSCAR, "POST", "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "APPROVED", "rationale", "Ruled on the record.")), 201);

        assertThat(count("select count(*) from decision_ruling where application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(steps.tasks(OSCAR.username(), id)).isEmpty();
    }

    @Test
    void aRulingIsAppealedOncePerRung() {
        String id = ruled();

        exactlyOneSucceeds(together(DAN, "POST", "/api/staff/applications/" + id + "/appeals", APPEAL), 201);

        assertThat(count("select count(*) from decision_appeal where application_id = ?::uuid", id)).isEqualTo(1);
        assertThat(steps.tasks(DEX.username(), id)).hasSize(1);
    }

    @Test
    void aBoardMemberVotesOncePerAppeal() {
        String id = ruled();
        String appeal = expect(api.post(DAN, "/api/staff/applications/" + id + "/appeals", APPEAL), 201).text("id");

        exactlyOneSucceeds(together(DEX, "POST", "/api/staff/appeals/" + appeal + "/votes",
                Map.of("vote", "DENIED", "rationale", "Voted on the record.")), 201);

        assertThat(count("select count(*) from decision_board_vote where appeal_id = ?::uuid", appeal)).isEqualTo(1);
        assertThat(steps.tasks(DEX.username(), id)).isEmpty();
    }

    // ------------------------------------------------------------------ racing

    /** {@link #COPIES} copies of one request by one person, released together. */
    private List<Reply> together(DemoUser user, String method, String path, Object body) {
        String token = TestIssuer.get().token(user);
        return together((client, copy) -> client.send(token, method, path, body));
    }

    /** One copy of a request, sent with its own client. */
    private interface Copy {
        Reply send(Api client, int copy);
    }

    /**
     * The copies, each with a client of its own whose connection is open already, each waiting at one barrier so
     * that they reach the server at the same moment.
     */
    private List<Reply> together(Copy request) {
        List<Api> clients = IntStream.range(0, COPIES).mapToObj(copy -> new Api(port)).toList();
        clients.forEach(client -> expect(client.send(null, "GET", "/api/identity/configuration", null), 200));
        ExecutorService senders = Executors.newFixedThreadPool(COPIES);
        CyclicBarrier start = new CyclicBarrier(COPIES);
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                int copy = i;
                sent.add(senders.submit(() -> {
                    start.await();
                    return request.send(clients.get(copy), copy);
                }));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } catch (Exception e) {
            throw new AssertionError("A copy could not be sent", e);
        } finally {
            senders.shutdownNow();
        }
    }

    private static void exactlyOneSucceeds(List<Reply> replies, int success) {
        String seen = replies.stream().map(reply -> reply.status() + " " + reply.body())
                .collect(Collectors.joining("\n"));
        assertThat(replies).as("no copy fails on the server's side:\n" + seen)
                .noneMatch(reply -> reply.status() >= 500);
        assertThat(replies).as("exactly one copy is carried out:\n" + seen)
                .filteredOn(reply -> reply.status() == success).hasSize(1);
        assertThat(replies).as("every other copy is refused as a conflict:\n" + seen)
                .filteredOn(reply -> reply.status() != success)
                .hasSize(COPIES - 1)
                .allSatisfy(reply -> {
                    assertThat(reply.status()).isEqualTo(409);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                    assertThat(reply.text("detail")).isNotBlank();
                });
    }

    // ------------------------------------------------------------------ cases

    /** BIS proposed approval and State agreed: the case waits for BIS's decision. */
    private String agreed() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "STATE");
        steps.recordPosition(SAM.username(), id, APPROVE);
        steps.awaitStatus(BIANCA.username(), id, "IN_RECONCILIATION");
        return id;
    }

    /** BIS told the applicant that it intends to deny. */
    private String noticed() {
        String id = agreed();
        expect(api.post(BIANCA, "/api/staff/applications/" + id + "/intent-to-deny", NOTICE), 201);
        return id;
    }

    /** Defense denies, State approves: the case waits for the Operating Committee. */
    private String disputed() {
        String id = steps.submitted(ALICE.username(), ApplicationForms.valid());
        steps.refer(BIANCA.username(), id, "APPROVE", "DOD", "STATE");
        steps.recordPosition(DAN.username(), id, DENY);
        steps.recordPosition(SAM.username(), id, APPROVE);
        steps.awaitStatus(BIANCA.username(), id, "ESCALATED");
        return id;
    }

    /** The Operating Committee approved over Defense's objection: Defense may appeal to ACEP. */
    private String ruled() {
        String id = disputed();
        expect(api.post(OSCAR, "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "APPROVED", "rationale", "Ruled on the record.")), 201);
        return id;
    }

    /** Tokens of BIS licensing analysts beside the demo realm's, signed by the test issuer. */
    private static List<String> analysts(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> TestIssuer.get().token(
                new DemoUser("analyst-" + i, List.of("ANALYST"), "BIS", null))).toList();
    }

    private int audited(String id, String action) {
        return count("select count(*) from audit_entry where application_id = ?::uuid and action = ?", id, action);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
