package gov.clearance.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every endpoint that takes the id of a case or of something in a case, with what the id names and the
 * action the endpoint takes. {@link CaseGuard} asks the policy for each before the endpoint runs, and the
 * application refuses to start while an endpoint with a path variable is neither here nor named as being
 * about no case.
 */
final class GuardedEndpoints {

    /** What an endpoint's {@code {id}} names. */
    enum Kind {
        APPLICATION, REFERRAL, POSITION, ASSESSMENT, APPEAL, DENIAL_APPEAL, HOLD, TASK
    }

    /** One endpoint: its method and path pattern, what its id names, and the action. */
    record Guard(String method, String pattern, Kind kind, CaseAction action) {
    }

    /**
     * Endpoints with path variables that name no case: reference data, screening list imports, a person's saved
     * task filters.
     */
    static final Set<String> ABOUT_NO_CASE = Set.of("POST /api/admin/reference-data/{dataset}",
            "GET /api/admin/screening-lists/{importId}", "DELETE /api/staff/task-filters/{id}");

    private static final String APPLICANT = "/api/applicant/applications/{id}";
    private static final String STAFF = "/api/staff/applications/{id}";

    static final List<Guard> GUARDS = List.of(
            applicant("GET", ""), applicant("PUT", ""), applicant("DELETE", ""), applicant("POST", "/submit"),
            applicant("POST", "/responses"), applicant("GET", "/timeline"), applicant("GET", "/license.pdf"),
            applicant("POST", "/conditions-answer"), applicant("POST", "/intent-to-deny/response"),
            applicant("POST", "/intent-to-deny/appeal"), applicant("POST", "/documents"),
            applicant("GET", "/documents"), applicant("GET", "/documents/{versionId}/content"),

            staff("GET", "", CaseAction.READ), staff("GET", "/timeline", CaseAction.READ),
            staff("GET", "/classification", CaseAction.READ), staff("GET", "/screening", CaseAction.READ),
            staff("GET", "/process", CaseAction.READ), staff("GET", "/license.pdf", CaseAction.READ),
            staff("GET", "/documents", CaseAction.READ),
            staff("GET", "/documents/{versionId}/content", CaseAction.READ),
            staff("GET", "/notes", CaseAction.READ), staff("POST", "/notes", CaseAction.WRITE_NOTE),
            staff("POST", "/review", CaseAction.REVIEW), staff("POST", "/reclassifications", CaseAction.RECLASSIFY),
            staff("POST", "/screening/hits/{hitId}/adjudication", CaseAction.ADJUDICATE_SCREENING),
            staff("POST", "/documents", CaseAction.UPLOAD_DOCUMENT), staff("POST", "/holds", CaseAction.HOLD),
            staff("POST", "/decision", CaseAction.DECIDE),
            staff("POST", "/intent-to-deny", CaseAction.ISSUE_INTENT_TO_DENY),
            staff("POST", "/intent-to-deny/withdrawal", CaseAction.WITHDRAW_INTENT_TO_DENY),
            staff("POST", "/rulings", CaseAction.RULE), staff("POST", "/appeals", CaseAction.APPEAL),

            new Guard("POST", "/api/staff/referrals/{id}/position", Kind.REFERRAL, CaseAction.RECORD_POSITION),
            new Guard("POST", "/api/staff/referrals/{id}/assessments", Kind.REFERRAL,
                    CaseAction.REQUEST_ASSESSMENTS),
            new Guard("POST", "/api/staff/referrals/{id}/missing-information", Kind.REFERRAL,
                    CaseAction.REPORT_MISSING_INFORMATION),
            new Guard("POST", "/api/staff/referrals/{id}/condition-consents", Kind.REFERRAL,
                    CaseAction.CONSENT_TO_CONDITION_CHANGE),
            new Guard("POST", "/api/staff/positions/{id}/supplied-information", Kind.POSITION,
                    CaseAction.SUPPLY_INFORMATION),
            new Guard("POST", "/api/staff/assessments/{id}", Kind.ASSESSMENT, CaseAction.RECORD_ASSESSMENT),
            new Guard("POST", "/api/staff/appeals/{id}/votes", Kind.APPEAL, CaseAction.VOTE),
            new Guard("POST", "/api/staff/denial-appeals/{id}/decision", Kind.DENIAL_APPEAL,
                    CaseAction.DECIDE_DENIAL_APPEAL),
            new Guard("POST", "/api/staff/holds/{id}/release", Kind.HOLD, CaseAction.RELEASE_HOLD),
            new Guard("POST", "/api/staff/tasks/{id}/claim", Kind.TASK, CaseAction.CLAIM_TASK),
            new Guard("POST", "/api/staff/tasks/{id}/unclaim", Kind.TASK, CaseAction.RELEASE_TASK),
            new Guard("POST", "/api/staff/tasks/{id}/assignment", Kind.TASK, CaseAction.ASSIGN_TASK));

    private GuardedEndpoints() {
    }

    static Optional<Guard> of(String method, String pattern) {
        return GUARDS.stream().filter(guard -> guard.method().equals(method) && guard.pattern().equals(pattern))
                .findFirst();
    }

    private static Guard applicant(String method, String tail) {
        return new Guard(method, APPLICANT + tail, Kind.APPLICATION,
                method.equals("GET") ? CaseAction.READ : CaseAction.ACT_AS_APPLICANT);
    }

    private static Guard staff(String method, String tail, CaseAction action) {
        return new Guard(method, STAFF + tail, Kind.APPLICATION, action);
    }
}
