package gov.clearance.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.lifecycle.ApplicationForms;
import gov.clearance.lifecycle.CaseSteps;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every endpoint of the API that reads a JSON body, each with the person who may call it, the case it is
 * called on, and a valid body for it. A fuzz test picks one by the first byte of its input; the order is
 * fixed, since the committed inputs depend on it (append, never insert).
 */
final class JsonEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param afterSuccess forgets the case a successful request may have moved on
     */
    record JsonEndpoint(String method, String pattern, String user, Function<CasesInEveryState, String> path,
            Consumer<CasesInEveryState> afterSuccess, JsonNode template) {

        /** The valid body, with {@code "{task}"} standing for the task of {@link CasesInEveryState#queuedTask}. */
        JsonNode templateFor(CasesInEveryState cases) {
            String text = template.toString();
            if (!text.contains("\"{task}\"")) {
                return template;
            }
            try {
                return JSON.readTree(text.replace("\"{task}\"", "\"" + cases.queuedTask() + "\""));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method + " " + pattern + " as " + user;
        }
    }

    static final List<JsonEndpoint> ALL = List.of(
            endpoint("POST", "/api/applicant/applications", "alice", cases -> "/api/applicant/applications",
                    cases -> { }, ApplicationForms.valid("Fraunhofer Institut")),
            endpoint("PUT", "/api/applicant/applications/{id}", "alice",
                    cases -> "/api/applicant/applications/" + cases.draft(), cases -> { },
                    ApplicationForms.valid("Fraunhofer Institut")),
            endpoint("POST", "/api/applicant/applications/{id}/responses", "alice",
                    cases -> "/api/applicant/applications/" + cases.askedForInformation() + "/responses",
                    cases -> cases.used("askedForInformation"), Map.of("answer", "The university operates it.")),
            endpoint("POST", "/api/staff/applications/{id}/review", "bianca",
                    cases -> "/api/staff/applications/" + cases.underReview() + "/review",
                    cases -> cases.used("underReview"), Map.of("action", "REFER", "agencies", List.of("DOD", "STATE"),
                            "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "proposedOutcome", "APPROVE",
                            "analysis", "Refer to Defense and State.", "question", "", "deficiencies", List.of("None"))),
            endpoint("POST", "/api/staff/referrals/{id}/assessments", "dan",
                    cases -> "/api/staff/referrals/" + cases.referred().defenseReferral() + "/assessments",
                    cases -> cases.used("referred"), Map.of("components", List.of("NAVY"),
                            "instructions", "Assess the end user.")),
            endpoint("POST", "/api/staff/assessments/{id}", "ari",
                    cases -> "/api/staff/assessments/" + cases.referred().armyAssessment(),
                    cases -> cases.used("referred"), Map.of("recommendation", "APPROVE_WITH_CONDITIONS",
                            "rationale", "No concern.", "conditions", List.of("No re-export."))),
            endpoint("POST", "/api/staff/referrals/{id}/position", "sam",
                    cases -> "/api/staff/referrals/" + cases.referred().stateReferral() + "/position",
                    cases -> cases.used("referred"), Map.of("type", "DENY", "rationale", "Contrary to foreign policy.",
                            "conditions", List.of(), "statutoryBasis", "50 U.S.C. 4813",
                            "regulatoryBasis", "15 CFR 742.4")),
            endpoint("POST", "/api/staff/applications/{id}/decision", "bianca",
                    cases -> "/api/staff/applications/" + cases.agreed() + "/decision",
                    cases -> cases.used("agreed"), Map.of("outcome", "APPROVED_WITH_CONDITIONS", "rationale", "Agreed by all.",
                            "conditions", List.of("Report the installation."), "conditionChanges", List.of())),
            endpoint("POST", "/api/staff/applications/{id}/holds", "bianca",
                    cases -> "/api/staff/applications/" + cases.underReview() + "/holds",
                    cases -> cases.used("underReview"), Map.of("reason", "PRE_LICENSE_CHECK",
                            "why", "A check of the end user.", "needAroseOn", "2026-11-20")),
            endpoint("POST", "/api/staff/holds/{id}/release", "bianca",
                    cases -> "/api/staff/holds/" + cases.governmentAssuranceHold() + "/release",
                    cases -> cases.used("governmentAssuranceHold"), Map.of("note", "The assurance arrived.")),
            endpoint("POST", "/api/staff/referrals/{id}/missing-information", "sam",
                    cases -> "/api/staff/referrals/" + cases.referred().stateReferral() + "/missing-information",
                    cases -> cases.used("referred"), Map.of("missing", "The end user's address.")),
            endpoint("POST", "/api/staff/referrals/{id}/condition-consents", "sam",
                    cases -> "/api/staff/referrals/" + cases.referred().stateReferral() + "/condition-consents",
                    cases -> cases.used("referred"), Map.of("conditionSequence", 1, "change", "REWORD",
                            "wording", "No re-export without approval.", "rationale", "Clearer.")),
            endpoint("POST", "/api/staff/applications/{id}/rulings", "oscar",
                    cases -> "/api/staff/applications/" + cases.disputed() + "/rulings",
                    cases -> cases.used("disputed"), Map.of("outcome", "APPROVED", "rationale", "The committee approves.")),
            endpoint("POST", "/api/staff/applications/{id}/appeals", "sam",
                    cases -> "/api/staff/applications/" + cases.ruled() + "/appeals",
                    cases -> cases.used("ruled"), CasesInEveryState.appeal()),
            endpoint("POST", "/api/staff/appeals/{id}/votes", "bea",
                    cases -> "/api/staff/appeals/" + cases.acepAppeal() + "/votes",
                    cases -> cases.used("acepAppeal"), Map.of("vote", "DENIED", "rationale", "Foreign policy.")),
            endpoint("POST", "/api/staff/applications/{id}/intent-to-deny", "bianca",
                    cases -> "/api/staff/applications/" + cases.agreed() + "/intent-to-deny",
                    cases -> cases.used("agreed"), Map.of("statutoryBasis", "50 U.S.C. 4813(a)", "regulatoryBasis", "15 CFR 742.4", "reasons", "Military end user.",
                            "reconsideration", "A civil end user.", "contact", "Licensing officer")),
            endpoint("POST", "/api/staff/applications/{id}/intent-to-deny/withdrawal", "bianca",
                    cases -> "/api/staff/applications/" + cases.intended() + "/intent-to-deny/withdrawal",
                    cases -> cases.used("intended"), Map.of("rationale", "The end user is civil after all.")),
            endpoint("POST", "/api/applicant/applications/{id}/intent-to-deny/response", "alice",
                    cases -> "/api/applicant/applications/" + cases.intended() + "/intent-to-deny/response",
                    cases -> cases.used("intended"), Map.of("response", "The end user is a university.")),
            endpoint("POST", "/api/applicant/applications/{id}/intent-to-deny/appeal", "alice",
                    cases -> "/api/applicant/applications/" + cases.intended() + "/intent-to-deny/appeal",
                    cases -> cases.used("intended"), Map.of("statement", "BIS misread the end use.",
                            "hearingRequested", true)),
            endpoint("POST", "/api/staff/denial-appeals/{id}/decision", "ada",
                    cases -> "/api/staff/denial-appeals/" + cases.denialAppeal() + "/decision",
                    cases -> cases.used("denialAppeal"), Map.of("outcome", "UPHELD",
                            "rationale", "The denial stands.", "hearingHeldOn", "2026-12-01")),
            endpoint("POST", "/api/staff/applications/{id}/notes", "bianca",
                    cases -> "/api/staff/applications/" + cases.referred().id() + "/notes",
                    cases -> { }, Map.of("text", "Called the consignee.")),
            endpoint("POST", "/api/staff/applications/{id}/screening/hits/{hitId}/adjudication", "bianca",
                    cases -> "/api/staff/applications/" + cases.screeningHit()[0] + "/screening/hits/"
                            + cases.screeningHit()[1] + "/adjudication",
                    cases -> cases.used("screeningHit"), Map.of("outcome", "FALSE_POSITIVE",
                            "reason", "A different company.")),
            endpoint("POST", "/api/applicant/applications/{id}/conditions-answer", "alice",
                    cases -> "/api/applicant/applications/" + cases.conditionsProposed() + "/conditions-answer",
                    cases -> cases.used("conditionsProposed"), Map.of("accepted", false, "note", "Too strict.")),
            endpoint("POST", "/api/applicant/license-requirement", "alice", cases -> "/api/applicant/license-requirement",
                    cases -> { }, Map.of("destination", "CN", "eccns", List.of("3A001.a.1", "EAR99"))),
            endpoint("POST", "/api/staff/applications/{id}/reclassifications", "bianca",
                    cases -> "/api/staff/applications/" + cases.underReview() + "/reclassifications",
                    cases -> { }, Map.of("items", List.of(Map.of("item", 0, "eccn", "3A991.a.1")),
                            "rationale", "Its parameters fall below 3A001.a.1's.")),
            endpoint("POST", "/api/applicant/applications/validation", "alice",
                    cases -> "/api/applicant/applications/validation", cases -> { }, ApplicationForms.valid()),
            endpoint("POST", "/api/staff/tasks/{id}/assignment", "sue",
                    cases -> "/api/staff/tasks/" + cases.queuedTask() + "/assignment",
                    cases -> cases.used("queuedTask"), Map.of("assignee", "bianca")),
            endpoint("POST", "/api/staff/tasks/bulk", "sue", cases -> "/api/staff/tasks/bulk",
                    cases -> cases.used("queuedTask"),
                    Map.of("action", "ASSIGN", "taskIds", List.of("{task}"), "assignee", "bruno")),
            endpoint("POST", "/api/staff/task-filters", "bianca", cases -> "/api/staff/task-filters", cases -> { },
                    Map.of("name", "Overdue to China", "query", Map.of("destination", "CN", "overdue", true))));

    private JsonEndpoints() {
    }

    private static JsonEndpoint endpoint(String method, String pattern, String user,
            Function<CasesInEveryState, String> path, Consumer<CasesInEveryState> afterSuccess, Object template) {
        return new JsonEndpoint(method, pattern, user, path, afterSuccess, JSON.valueToTree(template));
    }
}
