package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every endpoint of the API, called by every kind of caller with a real token from
 * the demo realm (and with none), answers with the exact status this table expects. The callers include an
 * applicant of another organization, a reviewer of another agency and one of an agency no case went to.
 * The answers come in one order: who does not see the case gets 404, whatever its state, and nothing of
 * it; who sees it but may never take the action, 403; only who may act hears of a wrong state (409). The
 * endpoints on a case are called on a case in each state, those on a referral, position, assessment, appeal,
 * hold or task on one in each state it can be in. An endpoint the application serves but the tables do not
 * list fails the test, so no endpoint escapes this review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends AgainstRealKeycloak {

    /** The kinds of caller: every realm role, plus an outsider organization and agency, plus nobody. */
    enum Caller {
        NOBODY(null),
        APPLICANT("alice"),
        APPLICANT_OF_ANOTHER_ORGANIZATION("bob"),
        ANALYST("bianca"),
        REVIEWER_AND_ARBITER("dan"),
        REVIEWER_OF_ANOTHER_AGENCY("sam"),
        /** A reviewer of Justice, to which none of these cases was referred: every case is a 404 for him. */
        REVIEWER_NEVER_REFERRED("jules"),
        ASSESSOR("ari"),
        OC_CHAIR("oscar"),
        BOARD_MEMBER("bea"),
        ADMIN("ada");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    private static final Caller[] STAFF = {Caller.ANALYST, Caller.REVIEWER_AND_ARBITER,
        Caller.REVIEWER_OF_ANOTHER_AGENCY, Caller.REVIEWER_NEVER_REFERRED, Caller.ASSESSOR, Caller.OC_CHAIR,
        Caller.BOARD_MEMBER, Caller.ADMIN};

    private static final Map<String, Object> STATE_DENIES = Map.of("type", "DENY",
            "rationale", "Contrary to foreign policy.", "statutoryBasis", "50 U.S.C. 4813",
            "regulatoryBasis", "15 CFR 742.4");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Alice's application referred to DOD and STATE, with an Army assessment requested by DoD's arbiter. */
    private String referred;
    private String defenseReferral;
    private String stateReferral;
    private String armyAssessment;
    private String stateReviewTask;
    /** Alice's application waiting for BIS review. */
    private String underReview;
    /** Alice's application whose only referral (STATE) approved: waiting for the analyst's decision. */
    private String agreed;
    private String agreedPosition;
    /** Alice's application STATE denied against a proposed approval: the Operating Committee's. */
    private String disputed;
    /** A hold BIS placed on the application waiting for review. */
    private String governmentAssurance;
    /** Alice's application STATE denied, the OC approved, and STATE appealed to ACEP. */
    private String appealed;
    private String acepAppeal;
    /** Alice's applications BIS intends to deny, one of them appealed to the Under Secretary. */
    private String intended;
    private String denialAppeal;
    /** Alice's draft. */
    private String draft;
    /** Alice's application BIS intends to deny, appealed to the Under Secretary. */
    private String appealedDenial;
    /** Support documents BIS added to the referred and the appealed case. */
    private String referredDocument;
    private String appealedDocument;
    /** A hold BIS placed on the application waiting for review and released. */
    private String releasedHold;
    /** The referrals of the agreed and the disputed case, and the position State recorded on the disputed one. */
    private String agreedReferral;
    private String disputedReferral;
    private String disputedPosition;
    /** Alice's application Defense returned without action: BIS's decision is blocked until it supplies. */
    private String returned;
    private String returnedReferral;
    private String returnedPosition;
    /**
     * Alice's application held and released, referred to Defense, assessed by the Army, approved: closed. Its
     * BIS review task is completed.
     */
    private String decided;
    private String decidedHold;
    private String decidedReferral;
    private String decidedAssessment;
    private String decidedPosition;
    private String completedReviewTask;
    /** An appeal on which ACEP has ruled (its case is seen as the appealed one is). */
    private String ruledAppeal;
    /** A denial the Under Secretary upheld on appeal (its case is seen as the appealed denial is). */
    private String upheldAppeal;
    /** The Under Secretary's open task on the appealed denial: offered to administrators. */
    private String denialAppealTask;

    @BeforeAll
    void prepareCasesInEveryState() {
        api = new Api(port);

        referred = submitted();
        review(referred, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of("DOD", "STATE"), "proposedOutcome", "APPROVE",
                "analysis", "Refer to Defense and State."));
        defenseReferral = referralTask("dan", referred).path("referralId").asText();
        JsonNode stateTask = referralTask("sam", referred);
        stateReferral = stateTask.path("referralId").asText();
        stateReviewTask = stateTask.path("id").asText();
        expect(api.send(signIn("dan"), "POST", "/api/staff/referrals/" + defenseReferral + "/assessments",
                Map.of("components", List.of("ARMY"))), 201);
        armyAssessment = api.send(signIn("ari"), "GET", "/api/staff/tasks?applicationId=" + referred, null).body()
                .get(0).path("assessmentId").asText();
        referredDocument = expect(api.upload(signIn("bianca"), "/api/staff/applications/" + referred + "/documents",
                Map.of("type", "OTHER"), "bis-note.pdf", "application/pdf", SupportDocumentsIT.pdf(1)), 201)
                .text("id");

        underReview = submitted();
        governmentAssurance = expect(api.send(signIn("bianca"), "POST", "/api/staff/applications/" + underReview
                + "/holds", Map.of("reason", "GOVERNMENT_ASSURANCE", "why", "Awaiting the end user's government.")),
                201).text("id");

        agreed = submitted();
        review(agreed, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of("STATE"), "proposedOutcome", "APPROVE",
                "analysis", "Refer to State."));
        agreedReferral = referralTask("sam", agreed).path("referralId").asText();
        agreedPosition = expect(api.send(signIn("sam"), "POST", "/api/staff/referrals/" + agreedReferral
                + "/position", Map.of("type", "APPROVE", "rationale", "No foreign policy concern.")), 201).text("id");

        disputed = submitted();
        review(disputed, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of("STATE"), "proposedOutcome", "APPROVE",
                "analysis", "Refer to State."));
        disputedReferral = referralTask("sam", disputed).path("referralId").asText();
        disputedPosition = expect(api.send(signIn("sam"), "POST", "/api/staff/referrals/" + disputedReferral
                + "/position", STATE_DENIES), 201).text("id");

        appealed = submitted();
        acepAppeal = appealedToAcep(appealed);
        appealedDocument = expect(api.upload(signIn("bianca"), "/api/staff/applications/" + appealed + "/documents",
                Map.of("type", "OTHER"), "bis-note.pdf", "application/pdf", SupportDocumentsIT.pdf(1)), 201)
                .text("id");

        awaitStatus(agreed, "IN_RECONCILIATION");
        intended = intendedDenial();
        appealedDenial = intendedDenial();
        denialAppeal = deniedAndAppealed(appealedDenial);
        denialAppealTask = expect(api.send(signIn("ada"), "GET", "/api/staff/tasks?applicationId=" + appealedDenial,
                null), 200).body().get(0).path("id").asText();
        prepareObjectsInTheirLaterStates();
        awaitStatus(disputed, "ESCALATED");
        draft = api.send(signIn("alice"), "POST", "/api/applicant/applications", ApplicationForms.valid()).body()
                .path("id").asText();
    }

    /**
     * The referrals, positions, assessments, appeals, holds and tasks past the state the cases above leave them
     * in: returned without action, decided and closed, ruled on, upheld, released, completed.
     */
    private void prepareObjectsInTheirLaterStates() {
        releasedHold = heldAndReleased(underReview, "FOREIGN_CONSULTATION");

        returned = submitted();
        review(returned, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL,
                "agencies", List.of("DOD"), "proposedOutcome", "APPROVE", "analysis", "Refer to Defense."));
        returnedReferral = referralTask("dan", returned).path("referralId").asText();
        returnedPosition = expect(api.send(signIn("dan"), "POST", "/api/staff/referrals/" + returnedReferral
                + "/position", Map.of("type", "RETURN_WITHOUT_ACTION", "rationale", "Cannot assess the risk.",
                        "missingInformation", "The end user's other customers.")), 201).text("id");

        decided = submitted();
        completedReviewTask = steps().task("bianca", decided, "BIS_REVIEW").path("id").asText();
        decidedHold = heldAndReleased(decided, "GOVERNMENT_ASSURANCE");
        review(decided, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL,
                "agencies", List.of("DOD"), "proposedOutcome", "APPROVE", "analysis", "Refer to Defense."));
        decidedReferral = referralTask("dan", decided).path("referralId").asText();
        expect(api.send(signIn("dan"), "POST", "/api/staff/referrals/" + decidedReferral + "/assessments",
                Map.of("components", List.of("ARMY"))), 201);
        decidedAssessment = steps().task("ari", decided, "COMPONENT_ASSESSMENT").path("assessmentId").asText();
        expect(api.send(signIn("ari"), "POST", "/api/staff/assessments/" + decidedAssessment,
                Map.of("recommendation", "APPROVE", "rationale", "No Army concern.")), 201);
        decidedPosition = expect(api.send(signIn("dan"), "POST", "/api/staff/referrals/" + decidedReferral
                + "/position", Map.of("type", "APPROVE", "rationale", "No objection.")), 201).text("id");
        awaitStatus(decided, "IN_RECONCILIATION");
        expect(api.send(signIn("bianca"), "POST", "/api/staff/applications/" + decided + "/decision",
                Map.of("outcome", "APPROVED", "rationale", "Defense concurs.")), 200);
        awaitStatus(decided, "CLOSED");

        String boardRuled = submitted();
        ruledAppeal = appealedToAcep(boardRuled);
        for (String member : List.of("bea", "sol", "dex", "eve")) {
            expect(api.send(signIn(member), "POST", "/api/staff/appeals/" + ruledAppeal + "/votes",
                    Map.of("vote", "APPROVED", "rationale", "The committee was right.")), 201);
        }
        steps().awaitRulings("bianca", boardRuled, 2);

        String upheld = intendedDenial();
        upheldAppeal = deniedAndAppealed(upheld);
        expect(api.send(signIn("ada"), "POST", "/api/staff/denial-appeals/" + upheldAppeal + "/decision",
                Map.of("outcome", "UPHELD", "rationale", "The record supports the denial.")), 200);
        awaitStatus(upheld, "CLOSED");
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : table()) {
            for (Caller caller : Caller.values()) {
                row.before().run();
                Reply reply = api.send(caller.username == null ? null : signIn(caller.username), row.method(),
                        row.path().get(), row.body());
                int expected = row.expected().get(caller);
                softly.assertThat(reply.status())
                        .as("%s %s as %s: %s", row.method(), row.pattern(), caller, reply.body())
                        .isEqualTo(expected);
                if (expected == 401 || expected == 403 || expected == 404) {
                    softly.assertThat(reply.contentType()).as("%s %s as %s", row.method(), row.pattern(), caller)
                            .startsWith("application/problem+json");
                }
                row.after().run();
            }
        }
        softly.assertAll();
    }

    @Test
    void aBoardMemberWhoSeesAnAppealedCaseReadsItsDocumentsThoughItWasNeverReferredToTheirAgency() {
        // dex sits for Defense on the ACEP, to which State appealed; the case was referred to State alone
        for (String path : List.of("", "/documents", "/documents/" + appealedDocument + "/content")) {
            Reply reply = api.send(signIn("dex"), "GET", "/api/staff/applications/" + appealed + path, null);
            assertThat(reply.status()).as("GET .../%s%s as dex: %s", appealed, path, reply.body()).isEqualTo(200);
        }
    }

    @Test
    void claimsAndReleasesAreInTheTimelineAnAdministratorsReleaseOfSomeonesClaimNamingThem() {
        expect(api.send(signIn("sam"), "POST", "/api/staff/tasks/" + stateReviewTask + "/claim", null), 200);
        expect(api.send(signIn("ada"), "POST", "/api/staff/tasks/" + stateReviewTask + "/unclaim", null), 200);
        JsonNode timeline = expect(api.send(signIn("bianca"), "GET", "/api/staff/applications/" + referred
                + "/timeline", null), 200).body();
        List<JsonNode> entries = new ArrayList<>();
        timeline.forEach(entries::add);
        JsonNode claim = entries.stream().filter(entry -> entry.path("action").asText().equals("TASK_CLAIMED"))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no claim in " + timeline));
        JsonNode release = entries.stream().filter(entry -> entry.path("action").asText().equals("TASK_RELEASED"))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no release in " + timeline));
        assertThat(claim.path("actor").asText()).isEqualTo("sam");
        assertThat(claim.path("after").path("assignee").asText()).isEqualTo("sam");
        assertThat(release.path("actor").asText()).isEqualTo("ada");
        assertThat(release.path("before").path("assignee").asText()).as("whose claim ada released").isEqualTo("sam");
        assertThat(release.path("after").hasNonNull("assignee")).as("released").isFalse();
    }

    @Test
    void anAdministratorClaimsNoAgencysWork() {
        Reply refused = api.send(signIn("ada"), "POST", "/api/staff/tasks/" + stateReviewTask + "/claim", null);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        assertThat(refused.body().path("detail").asText()).contains("offered to");
    }

    @Test
    void theTableListsEveryEndpointTheApplicationServes() {
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method.name() + " " + pattern)))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = java.util.stream.Stream.concat(
                table().stream().map(row -> row.method() + " " + row.pattern()),
                objectTable().stream().map(row -> row.method() + " " + row.pattern()))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("endpoints in the authorization table").isEqualTo(served);
    }

    // ------------------------------------------------------------------ the table

    /**
     * The cases the table calls endpoints on, one per state. Who sees each is written out here, not asked
     * of the application: BIS's analysts and administrators every case, an agency the cases referred to it,
     * the Army the cases it was asked to assess, the OC chair the disputed cases, BIS's board member the
     * appealed one (BIS sits on every board).
     */
    enum Case {
        UNDER_REVIEW(Caller.ANALYST, Caller.ADMIN),
        REFERRED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_AND_ARBITER, Caller.REVIEWER_OF_ANOTHER_AGENCY,
                Caller.ASSESSOR),
        AGREED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_OF_ANOTHER_AGENCY),
        DISPUTED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_OF_ANOTHER_AGENCY, Caller.OC_CHAIR),
        APPEALED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_OF_ANOTHER_AGENCY, Caller.OC_CHAIR,
                Caller.BOARD_MEMBER),
        INTENDED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_OF_ANOTHER_AGENCY),
        DENIAL_APPEALED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_OF_ANOTHER_AGENCY),
        RETURNED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_AND_ARBITER),
        DECIDED(Caller.ANALYST, Caller.ADMIN, Caller.REVIEWER_AND_ARBITER, Caller.ASSESSOR);

        final Set<Caller> seenBy;

        Case(Caller... seenBy) {
            this.seenBy = Set.of(seenBy);
        }
    }

    private String idOf(Case state) {
        return switch (state) {
            case UNDER_REVIEW -> underReview;
            case REFERRED -> referred;
            case AGREED -> agreed;
            case DISPUTED -> disputed;
            case APPEALED -> appealed;
            case INTENDED -> intended;
            case DENIAL_APPEALED -> appealedDenial;
            case RETURNED -> returned;
            case DECIDED -> decided;
        };
    }

    private List<Row> table() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("GET", "/api/identity/configuration", null).everyone(200).build());
        rows.add(row("GET", "/api/me", null).everyone(200).nobody(401).build());
        rows.add(row("GET", "/api/clock", null).everyone(200).nobody(401).build());

        rows.add(applicantOnly("GET", "/api/applicant/applications", null, 200, 200));
        rows.add(applicantOnly("POST", "/api/applicant/applications", ApplicationForms::valid, 201, 201));
        rows.add(applicantOnly("GET", "/api/applicant/applications/{id}", null, 200, 404).at(() -> referred));
        rows.add(applicantOnly("PUT", "/api/applicant/applications/{id}", ApplicationForms::valid, 200, 404)
                .at(() -> draft));
        rows.add(applicantOnly("POST", "/api/applicant/applications/validation", ApplicationForms::valid, 200, 200));
        // a submitted case is never deleted: its owner gets 409 (a draft's deletion is specified in IntakeDraftsIT)
        rows.add(applicantOnly("DELETE", "/api/applicant/applications/{id}", null, 409, 404).at(() -> referred));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/submit", null, 409, 404)
                .at(() -> referred));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/responses",
                () -> Map.of("answer", "Here is what was asked."), 409, 404).at(() -> referred));
        // the referred case has no license yet: its owner gets 404 as well
        rows.add(applicantOnly("GET", "/api/applicant/applications/{id}/license.pdf", null, 404, 404)
                .at(() -> referred));

        rows.add(staffOnly("GET", "/api/staff/agencies", null).staff(200).build());
        rows.add(staffOnly("GET", "/api/staff/tasks", null).staff(200).build());
        // only State's arbiters and supervisors give State's tasks to someone: none of these callers is one
        rows.add(onCase("POST", "/api/staff/tasks/{id}/assignment", Map.of("assignee", "sam"), Case.REFERRED)
                .build().at(() -> stateReviewTask));
        // a bulk action names its tasks in the body, each decided by the policy; an empty one is refused first
        rows.add(staffOnly("POST", "/api/staff/tasks/bulk", Map.of("action", "CLAIM", "taskIds", List.of()))
                .staff(400).build());
        rows.add(staffOnly("GET", "/api/staff/task-filters", null).staff(200).build());
        rows.add(staffOnly("POST", "/api/staff/task-filters", Map.of("name", " ")).staff(400).build());
        // saved filters are each person's own: another's, or none, is not found
        rows.add(staffOnly("DELETE", "/api/staff/task-filters/{id}", null).staff(404).build()
                .to(() -> "/api/staff/task-filters/" + UUID.randomUUID()));

        rows.add(onCase("POST", "/api/staff/applications/{id}/review", Map.of("analysis", "No action given."),
                Case.UNDER_REVIEW).as(Caller.ANALYST, 400).build().at(() -> underReview));
        rows.add(onCase("POST", "/api/staff/applications/{id}/reclassifications", Map.of("rationale", " "),
                Case.UNDER_REVIEW).as(Caller.ANALYST, 400).build().at(() -> underReview));
        rows.add(onCase("POST", "/api/staff/applications/{id}/decision", Map.of("rationale", "No outcome given."),
                Case.AGREED).as(Caller.ANALYST, 400).build().at(() -> agreed));

        rows.add(onCase("POST", "/api/staff/applications/{id}/holds", Map.of("why", "No reason given."),
                Case.UNDER_REVIEW).as(Caller.ANALYST, 400).build().at(() -> underReview));
        // the administrator records the President's decision: at the Operating Committee's rung, a wrong state
        rows.add(onCase("POST", "/api/staff/applications/{id}/rulings", Map.of("rationale", "No outcome."),
                Case.DISPUTED).as(Caller.OC_CHAIR, 400).as(Caller.ADMIN, 409).build().at(() -> disputed));
        rows.add(onCase("POST", "/api/staff/applications/{id}/appeals", Map.of("statement", "Unsigned."),
                Case.DISPUTED).as(Caller.REVIEWER_OF_ANOTHER_AGENCY, 409).build().at(() -> disputed));
        rows.add(onCase("POST", "/api/staff/applications/{id}/intent-to-deny", Map.of("statutoryBasis", "No reasons."),
                Case.AGREED).as(Caller.ANALYST, 400).build().at(() -> agreed));
        rows.add(onCase("POST", "/api/staff/applications/{id}/intent-to-deny/withdrawal", Map.of("rationale", " "),
                Case.INTENDED).as(Caller.ANALYST, 400).build().at(() -> intended));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/intent-to-deny/response",
                () -> Map.of("response", " "), 400, 404).at(() -> intended));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/intent-to-deny/appeal",
                () -> Map.of("statement", " "), 400, 404).at(() -> intended));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/documents", () -> Map.of(), 400, 404)
                .at(() -> referred));
        rows.add(applicantOnly("GET", "/api/applicant/applications/{id}/documents", null, 200, 404).at(() -> referred));
        rows.add(applicantOnly("GET", "/api/applicant/applications/{id}/documents/{versionId}/content", null, 200, 404)
                .to(() -> "/api/applicant/applications/" + referred + "/documents/" + referredDocument + "/content"));
        rows.add(onCase("POST", "/api/staff/applications/{id}/documents", Map.of(), Case.REFERRED)
                .as(Caller.ANALYST, 400).build().at(() -> referred));
        // support documents follow the case: whoever sees the case reads them, nobody else
        rows.add(readers("GET", "/api/staff/applications/{id}/documents", null, Case.REFERRED, 200)
                .at(() -> referred));
        rows.add(readers("GET", "/api/staff/applications/{id}/documents/{versionId}/content", null, Case.REFERRED, 200)
                .to(() -> "/api/staff/applications/" + referred + "/documents/" + referredDocument + "/content"));
        rows.add(readers("GET", "/api/staff/applications/{id}/documents", null, Case.APPEALED, 200)
                .at(() -> appealed));
        rows.add(staffOnly("GET", "/api/staff/deadlines/overdue", null).staff(403).as(Caller.ANALYST, 200)
                .as(Caller.ADMIN, 200).build());

        rows.add(staffOnly("GET", "/api/staff/applications", null).staff(200).build());
        for (String readable : List.of("/api/staff/applications/{id}", "/api/staff/applications/{id}/timeline",
                "/api/staff/applications/{id}/notes", "/api/staff/applications/{id}/classification",
                "/api/staff/applications/{id}/screening", "/api/staff/applications/{id}/process")) {
            rows.add(readers("GET", readable, null, Case.REFERRED, 200).at(() -> referred));
        }
        rows.add(readers("POST", "/api/staff/applications/{id}/notes", Map.of("text", " "), Case.REFERRED, 400)
                .at(() -> referred));
        // readers may download a license, but the referred case has none yet: 404 for them as for everyone else
        rows.add(readers("GET", "/api/staff/applications/{id}/license.pdf", null, Case.REFERRED, 404)
                .at(() -> referred));
        rows.add(readers("GET", "/api/staff/applications/{id}", null, Case.DISPUTED, 200).at(() -> disputed));
        rows.add(readers("GET", "/api/staff/applications/{id}", null, Case.APPEALED, 200).at(() -> appealed));

        // screening results are for staff; only BIS analysts adjudicate (this hit does not exist: 404)
        rows.add(onCase("POST", "/api/staff/applications/{id}/screening/hits/{hitId}/adjudication",
                Map.of("outcome", "FALSE_POSITIVE", "reason", "Different company."), Case.REFERRED)
                .as(Caller.ANALYST, 404).build().to(() -> "/api/staff/applications/" + referred + "/screening/hits/"
                        + UUID.randomUUID() + "/adjudication"));
        rows.add(applicantOnly("GET", "/api/applicant/applications/{id}/timeline", null, 200, 404).at(() -> referred));
        rows.add(applicantOnly("POST", "/api/applicant/applications/{id}/conditions-answer",
                () -> Map.of("accepted", true), 409, 404).at(() -> referred));
        rows.add(applicantOnly("GET", "/api/applicant/eccns", null, 400, 400));
        rows.add(staffOnly("GET", "/api/staff/eccns", null).staff(400).build());
        rows.add(applicantOnly("POST", "/api/applicant/license-requirement", () -> Map.of("eccns", List.of("3A001")),
                400, 400));

        rows.add(adminOnly("GET", "/api/admin/reference-data", null, 200));
        rows.add(adminOnly("GET", "/api/admin/dashboard", null, 200));
        rows.add(adminOnly("POST", "/api/admin/reference-data/{dataset}", null, 400)
                .to(() -> "/api/admin/reference-data/country-chart"));
        rows.add(adminOnly("GET", "/api/admin/screening-lists", null, 200));
        rows.add(adminOnly("POST", "/api/admin/screening-lists", Map.of("results", List.of()), 400));
        rows.add(adminOnly("GET", "/api/admin/screening-lists/{importId}", null, 404)
                .to(() -> "/api/admin/screening-lists/" + UUID.randomUUID()));

        rows.add(row("GET", "/engine-rest/engine", null).everyone(403).nobody(401).as(Caller.ADMIN, 200).build());
        return rows;
    }

    /**
     * An endpoint on one case, in the order of answers: who does not see the case gets 404 whatever its
     * state; who sees it but may never take the action, 403; the callers allowed to act are named with what
     * they get (2xx, 400 for the table's incomplete bodies, or 409 for a wrong state).
     */
    private RowBuilder onCase(String method, String pattern, Object body, Case state) {
        return bySight(method, pattern, body, state, 403);
    }

    /** An endpoint every caller who sees the case may use: they get {@code allowed}, the others 404. */
    private Row readers(String method, String pattern, Object body, Case state, int allowed) {
        return bySight(method, pattern, body, state, allowed).build();
    }

    private RowBuilder bySight(String method, String pattern, Object body, Case state, int whoSees) {
        RowBuilder row = staffOnly(method, pattern, body);
        for (Caller caller : STAFF) {
            row.as(caller, state.seenBy.contains(caller) ? whoSees : 404);
        }
        return row;
    }

    // ------------------------------------------------------------------ every case-state

    /**
     * What an allowed caller gets from an endpoint on a case in each state (the other callers get 404 or
     * 403 by {@link Case#seenBy} and the endpoint's roles, whatever the state).
     */
    private record StateRow(String method, String pattern, Object body, Map<Caller, Map<Case, Integer>> allowed) {
    }

    private static Map<Case, Integer> inEvery(int status, Object... except) {
        Map<Case, Integer> answers = new EnumMap<>(Case.class);
        for (Case state : Case.values()) {
            answers.put(state, status);
        }
        for (int i = 0; i < except.length; i += 2) {
            answers.put((Case) except[i], (Integer) except[i + 1]);
        }
        return answers;
    }

    private List<StateRow> stateTable() {
        List<StateRow> rows = new ArrayList<>();
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/review", Map.of("analysis", "No action given."),
                Map.of(Caller.ANALYST, inEvery(409, Case.UNDER_REVIEW, 400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/reclassifications", Map.of("rationale", " "),
                Map.of(Caller.ANALYST, inEvery(409, Case.UNDER_REVIEW, 400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/holds", Map.of("why", "No reason given."),
                Map.of(Caller.ANALYST, inEvery(400, Case.DECIDED, 409))));
        // a case blocked by a return without action is decided too: BIS returns it without action
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/decision", Map.of("rationale", "No outcome."),
                Map.of(Caller.ANALYST, inEvery(409, Case.AGREED, 400, Case.RETURNED, 400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/intent-to-deny", Map.of("statutoryBasis", "No reasons."),
                Map.of(Caller.ANALYST, inEvery(409, Case.AGREED, 400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/intent-to-deny/withdrawal",
                Map.of("rationale", " "), Map.of(Caller.ANALYST, inEvery(409, Case.INTENDED, 400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/rulings", Map.of("rationale", "No outcome."),
                Map.of(Caller.OC_CHAIR, inEvery(409, Case.DISPUTED, 400), Caller.ADMIN, inEvery(409))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/appeals", Map.of("statement", "Unsigned."),
                Map.of(Caller.REVIEWER_AND_ARBITER, inEvery(409), Caller.REVIEWER_OF_ANOTHER_AGENCY, inEvery(409),
                        Caller.REVIEWER_NEVER_REFERRED, inEvery(409))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/documents", Map.of(),
                Map.of(Caller.ANALYST, inEvery(400))));
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/screening/hits/" + UUID.randomUUID()
                + "/adjudication", Map.of("outcome", "FALSE_POSITIVE", "reason", "Different company."),
                Map.of(Caller.ANALYST, inEvery(404))));
        Map<Caller, Map<Case, Integer>> everyReader = new EnumMap<>(Caller.class);
        Map<Caller, Map<Case, Integer>> everyWriter = new EnumMap<>(Caller.class);
        for (Caller caller : STAFF) {
            everyReader.put(caller, inEvery(200));
            everyWriter.put(caller, inEvery(400));
        }
        rows.add(new StateRow("POST", "/api/staff/applications/{id}/notes", Map.of("text", " "), everyWriter));
        rows.add(new StateRow("GET", "/api/staff/applications/{id}", null, everyReader));
        rows.add(new StateRow("GET", "/api/staff/applications/{id}/documents", null, everyReader));
        rows.add(new StateRow("GET", "/api/staff/applications/{id}/timeline", null, everyReader));
        return rows;
    }

    @Test
    void everyCaseEndpointAnswersNotFoundThenForbiddenThenConflictInEveryState() {
        SoftAssertions softly = new SoftAssertions();
        for (StateRow row : stateTable()) {
            for (Case state : Case.values()) {
                String path = row.pattern().replace("{id}", idOf(state));
                for (Caller caller : Caller.values()) {
                    Map<Case, Integer> allowed = row.allowed().get(caller);
                    int expected = expected(caller, state, allowed == null ? null : allowed.get(state));
                    callAndCheck(softly, row.method(), row.pattern(), path, row.body(), caller, expected,
                            "the " + state + " case");
                }
            }
        }
        softly.assertAll();
    }

    // ------------------------------------------------------------------ every state of a case's objects

    /**
     * An object of a case (a referral, position, assessment, appeal, hold or task) in one state it can be in: who
     * sees it (those who see its case, written as the case state it is seen as) and what each caller allowed to
     * act on it gets. The other callers get 404 or 403 as for its case, whatever the object's state.
     */
    private record Instance(String what, Case seenAs, Supplier<String> id, Map<Caller, Integer> allowed,
            Runnable before, Runnable after) {

        Instance(String what, Case seenAs, Supplier<String> id, Map<Caller, Integer> allowed) {
            this(what, seenAs, id, allowed, () -> { }, () -> { });
        }
    }

    /** An endpoint that takes the id of an object of a case, called on that object in each of its states. */
    private record ObjectRow(String method, String pattern, Object body, List<Instance> instances) {
    }

    private List<Instance> referrals(Map<Caller, Integer> defense, Map<Caller, Integer> state,
            Map<Caller, Integer> agreed, Map<Caller, Integer> disputed, Map<Caller, Integer> returnedWithoutAction,
            Map<Caller, Integer> closed) {
        return List.of(
                new Instance("Defense's open referral, an Army assessment pending", Case.REFERRED,
                        () -> defenseReferral, defense),
                new Instance("State's open referral", Case.REFERRED, () -> stateReferral, state),
                new Instance("State's referral it approved, the case agreed", Case.AGREED, () -> agreedReferral,
                        agreed),
                new Instance("State's referral it denied, the case disputed", Case.DISPUTED, () -> disputedReferral,
                        disputed),
                new Instance("Defense's referral it returned without action", Case.RETURNED, () -> returnedReferral,
                        returnedWithoutAction),
                new Instance("Defense's referral of a decided case", Case.DECIDED, () -> decidedReferral, closed));
    }

    private List<ObjectRow> objectTable() {
        Caller dan = Caller.REVIEWER_AND_ARBITER;
        Caller sam = Caller.REVIEWER_OF_ANOTHER_AGENCY;
        List<ObjectRow> rows = new ArrayList<>();
        // an agency records one position, once its components' assessments are in, while its referral is open
        rows.add(new ObjectRow("POST", "/api/staff/referrals/{id}/position", Map.of("rationale", "No type given."),
                referrals(Map.of(dan, 409), Map.of(sam, 400), Map.of(sam, 409), Map.of(sam, 409), Map.of(dan, 409),
                        Map.of(dan, 409))));
        // only the referred agency's arbiter asks its components, before the agency has a position
        rows.add(new ObjectRow("POST", "/api/staff/referrals/{id}/assessments", Map.of("components", List.of()),
                referrals(Map.of(dan, 400), Map.of(), Map.of(), Map.of(), Map.of(dan, 409), Map.of(dan, 409))));
        rows.add(new ObjectRow("POST", "/api/staff/referrals/{id}/missing-information", Map.of("missing", " "),
                referrals(Map.of(dan, 400), Map.of(sam, 400), Map.of(sam, 409), Map.of(sam, 409), Map.of(dan, 409),
                        Map.of(dan, 409))));
        // an agency consents to a change of a condition it set, while BIS's decision may make it (none of these
        // positions sets one, so the consents the case's state allows are invalid)
        rows.add(new ObjectRow("POST", "/api/staff/referrals/{id}/condition-consents",
                Map.of("rationale", "No change."), referrals(Map.of(dan, 409), Map.of(sam, 409), Map.of(sam, 400),
                        Map.of(sam, 409), Map.of(dan, 400), Map.of(dan, 409))));
        // BIS answers a return without action, and only that, while the case waits for it
        rows.add(new ObjectRow("POST", "/api/staff/positions/{id}/supplied-information", Map.of("information", " "),
                List.of(new Instance("State's approval", Case.AGREED, () -> agreedPosition,
                                Map.of(Caller.ANALYST, 409)),
                        new Instance("State's denial", Case.DISPUTED, () -> disputedPosition,
                                Map.of(Caller.ANALYST, 409)),
                        new Instance("Defense's return without action", Case.RETURNED, () -> returnedPosition,
                                Map.of(Caller.ANALYST, 400)),
                        new Instance("Defense's approval of a decided case", Case.DECIDED, () -> decidedPosition,
                                Map.of(Caller.ANALYST, 409)))));
        rows.add(new ObjectRow("POST", "/api/staff/assessments/{id}", Map.of("rationale", "No recommendation given."),
                List.of(new Instance("the Army's pending assessment", Case.REFERRED, () -> armyAssessment,
                                Map.of(Caller.ASSESSOR, 400)),
                        new Instance("the Army's recorded assessment of a decided case", Case.DECIDED,
                                () -> decidedAssessment, Map.of(Caller.ASSESSOR, 409)))));
        rows.add(new ObjectRow("POST", "/api/staff/appeals/{id}/votes", Map.of("rationale", "No vote."),
                List.of(new Instance("an appeal before ACEP", Case.APPEALED, () -> acepAppeal,
                                Map.of(Caller.BOARD_MEMBER, 400)),
                        new Instance("an appeal ACEP has ruled on", Case.APPEALED, () -> ruledAppeal,
                                Map.of(Caller.BOARD_MEMBER, 409)))));
        rows.add(new ObjectRow("POST", "/api/staff/denial-appeals/{id}/decision", Map.of("rationale", "No outcome."),
                List.of(new Instance("an appeal of a denial", Case.DENIAL_APPEALED, () -> denialAppeal,
                                Map.of(Caller.ADMIN, 400)),
                        new Instance("an appeal the Under Secretary decided", Case.DENIAL_APPEALED,
                                () -> upheldAppeal, Map.of(Caller.ADMIN, 409)))));
        rows.add(new ObjectRow("POST", "/api/staff/holds/{id}/release", Map.of("note", " "),
                List.of(new Instance("a running hold", Case.UNDER_REVIEW, () -> governmentAssurance,
                                Map.of(Caller.ANALYST, 400)),
                        new Instance("a released hold", Case.UNDER_REVIEW, () -> releasedHold,
                                Map.of(Caller.ANALYST, 409)),
                        new Instance("a released hold of a decided case", Case.DECIDED, () -> decidedHold,
                                Map.of(Caller.ANALYST, 409)))));
        // a task is claimed by those it is offered to; an administrator claims no agency's work, but releases it;
        // a completed task is done for those it was offered to (409), and for nobody else a thing to hear of
        Runnable claimedBySam = () -> api.send(signIn("sam"), "POST", "/api/staff/tasks/" + stateReviewTask
                + "/claim", null);
        rows.add(new ObjectRow("POST", "/api/staff/tasks/{id}/claim", null,
                List.of(new Instance("State's open review", Case.REFERRED, () -> stateReviewTask, Map.of(sam, 200),
                                () -> { }, this::releaseStateTask),
                        new Instance("the Under Secretary's open decision", Case.DENIAL_APPEALED,
                                () -> denialAppealTask, Map.of(Caller.ADMIN, 200), () -> { },
                                () -> api.send(signIn("ada"), "POST", "/api/staff/tasks/" + denialAppealTask
                                        + "/unclaim", null)),
                        new Instance("BIS's completed review of a decided case", Case.DECIDED,
                                () -> completedReviewTask, Map.of(Caller.ANALYST, 409)))));
        rows.add(new ObjectRow("POST", "/api/staff/tasks/{id}/unclaim", null,
                List.of(new Instance("State's review claimed by sam", Case.REFERRED, () -> stateReviewTask,
                                Map.of(sam, 200, Caller.ADMIN, 200), claimedBySam, this::releaseStateTask),
                        new Instance("State's review nobody claimed", Case.REFERRED, () -> stateReviewTask,
                                Map.of(sam, 409, Caller.ADMIN, 409)),
                        new Instance("BIS's completed review of a decided case", Case.DECIDED,
                                () -> completedReviewTask, Map.of(Caller.ANALYST, 409, Caller.ADMIN, 409)))));
        return rows;
    }

    @Test
    void everyObjectEndpointAnswersNotFoundThenForbiddenThenConflictInEveryStateOfItsObject() {
        SoftAssertions softly = new SoftAssertions();
        for (ObjectRow row : objectTable()) {
            for (Instance instance : row.instances()) {
                String path = row.pattern().replace("{id}", instance.id().get());
                for (Caller caller : Caller.values()) {
                    int expected = expected(caller, instance.seenAs(), instance.allowed().get(caller));
                    instance.before().run();
                    callAndCheck(softly, row.method(), row.pattern(), path, row.body(), caller, expected,
                            instance.what());
                    instance.after().run();
                }
            }
        }
        softly.assertAll();
    }

    /**
     * What a caller gets from a staff endpoint on a case (or on something in it) seen as the given case state:
     * 401 without a token, 403 for an applicant, 404 for who does not see the case, then what an allowed caller
     * gets ({@code allowed}), 403 for the others.
     */
    private static int expected(Caller caller, Case seenAs, Integer allowed) {
        if (caller == Caller.NOBODY) {
            return 401;
        }
        if (caller == Caller.APPLICANT || caller == Caller.APPLICANT_OF_ANOTHER_ORGANIZATION) {
            return 403;
        }
        if (!seenAs.seenBy.contains(caller)) {
            return 404;
        }
        return allowed == null ? 403 : allowed;
    }

    /**
     * Calls the endpoint as the caller and checks the status; a refusal (403, 404) is problem+json and shows
     * nothing of the case's state (not its control number or status; a 404 not even a ruling or appeal).
     */
    private void callAndCheck(SoftAssertions softly, String method, String pattern, String path, Object body,
            Caller caller, int expected, String on) {
        Reply reply = api.send(caller.username == null ? null : signIn(caller.username), method, path,
                body == null ? null : Api.json(body).toString());
        softly.assertThat(reply.status()).as("%s %s on %s as %s: %s", method, pattern, on, caller, reply.body())
                .isEqualTo(expected);
        if (expected == 403 || expected == 404) {
            softly.assertThat(reply.contentType()).as("%s %s on %s as %s", method, pattern, on, caller)
                    .startsWith("application/problem+json");
            softly.assertThat(reply.body().path("detail").asText())
                    .as("%s %s on %s as %s", method, pattern, on, caller)
                    .doesNotContainPattern("A\\d{6}|UNDER_REVIEW|IN_REFERRAL|IN_RECONCILIATION|ESCALATED"
                            + "|INTENT_TO_DENY|CLOSED|completed|ruled" + (expected == 404 ? "|ruling|appeal" : ""));
        }
    }

    private Row adminOnly(String method, String pattern, Object body, int admin) {
        return staffOnly(method, pattern, body).as(Caller.ADMIN, admin).build();
    }

    private Row applicantOnly(String method, String pattern, Supplier<Object> body, int owner, int otherOrganization) {
        return row(method, pattern, body).everyone(403).nobody(401).as(Caller.APPLICANT, owner)
                .as(Caller.APPLICANT_OF_ANOTHER_ORGANIZATION, otherOrganization).build();
    }

    private RowBuilder staffOnly(String method, String pattern, Object body) {
        return row(method, pattern, body == null ? null : () -> body).everyone(403).nobody(401);
    }

    private void releaseStateTask() {
        for (String user : List.of("sam", "ada")) {
            api.send(signIn(user), "POST", "/api/staff/tasks/" + stateReviewTask + "/unclaim", null);
        }
    }

    private RowBuilder row(String method, String pattern, Supplier<Object> body) {
        return new RowBuilder(method, pattern, body);
    }

    /** One endpoint and what each caller gets from it. */
    record Row(String method, String pattern, Supplier<String> path, Object body, Map<Caller, Integer> expected,
            Runnable before, Runnable after) {

        Row at(Supplier<String> id) {
            return new Row(method, pattern, () -> pattern.replace("{id}", id.get()), body, expected, before, after);
        }

        /** The row with its placeholders filled by the given path. */
        Row to(Supplier<String> filled) {
            return new Row(method, pattern, filled, body, expected, before, after);
        }

        Row expecting(Caller caller, int status) {
            Map<Caller, Integer> changed = new EnumMap<>(expected);
            changed.put(caller, status);
            return new Row(method, pattern, path, body, changed, before, after);
        }
    }

    private final class RowBuilder {

        private final String method;
        private final String pattern;
        private final Supplier<Object> body;
        private final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        private Runnable before = () -> { };
        private Runnable after = () -> { };

        RowBuilder(String method, String pattern, Supplier<Object> body) {
            this.method = method;
            this.pattern = pattern;
            this.body = body;
        }

        RowBuilder everyone(int status) {
            for (Caller caller : Caller.values()) {
                expected.put(caller, status);
            }
            return this;
        }

        RowBuilder nobody(int status) {
            return as(Caller.NOBODY, status);
        }

        RowBuilder staff(int status) {
            for (Caller caller : STAFF) {
                expected.put(caller, status);
            }
            return this;
        }

        RowBuilder as(Caller caller, int status) {
            expected.put(caller, status);
            return this;
        }

        RowBuilder before(Runnable action) {
            this.before = action;
            return this;
        }

        RowBuilder after(Runnable action) {
            this.after = action;
            return this;
        }

        Row build() {
            assertThat(expected.keySet()).as("callers of %s %s", method, pattern).containsExactly(Caller.values());
            String json = body == null ? null : Api.json(body.get()).toString();
            return new Row(method, pattern, () -> pattern, json, new EnumMap<>(expected), before, after);
        }
    }

    // ------------------------------------------------------------------ preparing cases

    private String submitted() {
        return steps().submitted("alice", ApplicationForms.valid());
    }

    /** State agreed with BIS's proposed approval, and BIS issued a notice of intent to deny anyway. */
    private String intendedDenial() {
        String id = submitted();
        review(id, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of("STATE"), "proposedOutcome", "APPROVE",
                "analysis", "Refer to State."));
        expect(api.send(signIn("sam"), "POST", "/api/staff/referrals/"
                + referralTask("sam", id).path("referralId").asText() + "/position",
                Map.of("type", "APPROVE", "rationale", "No objection.")), 201);
        awaitStatus(id, "IN_RECONCILIATION");
        expect(api.send(signIn("bianca"), "POST", "/api/staff/applications/" + id + "/intent-to-deny",
                IntentToDenyNotices.NOTICE), 201);
        return id;
    }

    /** State denied against BIS's proposed approval, the OC approved, and State appealed to ACEP; returns the appeal. */
    private String appealedToAcep(String id) {
        review(id, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies",
                List.of("STATE"), "proposedOutcome", "APPROVE", "analysis", "Refer to State."));
        expect(api.send(signIn("sam"), "POST", "/api/staff/referrals/"
                + referralTask("sam", id).path("referralId").asText() + "/position", STATE_DENIES), 201);
        awaitStatus(id, "ESCALATED");
        expect(api.send(signIn("oscar"), "POST", "/api/staff/applications/" + id + "/rulings",
                Map.of("outcome", "APPROVED", "rationale", "The committee approves.")), 201);
        return expect(api.send(signIn("sam"), "POST", "/api/staff/applications/" + id + "/appeals",
                Map.of("signatoryName", "Jane Official", "signatoryTitle", "Assistant Secretary",
                        "senateConfirmed", true, "statutoryBasis", "50 U.S.C. 4813",
                        "regulatoryBasis", "15 CFR 742.4", "statement", "Contrary to foreign policy.")), 201)
                .text("id");
    }

    /** Alice appeals BIS's intent to deny to the Under Secretary; returns the appeal. */
    private String deniedAndAppealed(String id) {
        return expect(api.send(signIn("alice"), "POST", "/api/applicant/applications/" + id
                + "/intent-to-deny/appeal", Map.of("statement", "BIS misread the end use.")), 201)
                .body().path("appeal").path("id").asText();
    }

    /** BIS holds the case for the reason and releases it; returns the hold. */
    private String heldAndReleased(String id, String reason) {
        String hold = expect(api.send(signIn("bianca"), "POST", "/api/staff/applications/" + id + "/holds",
                Map.of("reason", reason, "why", "Awaiting an answer.")), 201).text("id");
        expect(api.send(signIn("bianca"), "POST", "/api/staff/holds/" + hold + "/release",
                Map.of("note", "The answer came.")), 200);
        return hold;
    }

    private void review(String id, Map<String, Object> review) {
        steps().review("bianca", id, review);
    }

    private JsonNode referralTask(String reviewer, String id) {
        return steps().task(reviewer, id, "AGENCY_REVIEW");
    }

    private void awaitStatus(String id, String status) {
        steps().awaitStatus("bianca", id, status);
    }

    private static Reply expect(Reply reply, int status) {
        return CaseSteps.expect(reply, status);
    }
}
