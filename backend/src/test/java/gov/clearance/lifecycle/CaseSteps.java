package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.lifecycle.Api.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.awaitility.Awaitility;

/**
 * The steps of a case as its people take them over HTTP, each checked as it goes, for tests that need
 * a case in some state. People are named by user name; {@code tokens} signs them in.
 */
public final class CaseSteps {

    private final Api api;
    private final Function<String, String> tokens;

    CaseSteps(Api api, Function<String, String> tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** Steps signed by the test issuer, for the demo users and the extra people {@link DemoUser} knows. */
    public static CaseSteps signedByTestIssuer(Api api) {
        return new CaseSteps(api, username -> TestIssuer.get().token(DemoUser.named(username)));
    }

    public Reply send(String user, String method, String path, Object body) {
        return api.send(user == null ? null : tokens.apply(user), method, path, body);
    }

    /** An applicant drafts and submits the form; returns the application's id. */
    public String submitted(String applicant, Map<String, Object> form) {
        String id = expect(send(applicant, "POST", "/api/applicant/applications", form), 201).text("id");
        expect(send(applicant, "POST", "/api/applicant/applications/" + id + "/submit", null), 200);
        return id;
    }

    /** The applicant submits a draft they already created. */
    void submittedDraft(String applicant, String id) {
        expect(send(applicant, "POST", "/api/applicant/applications/" + id + "/submit", null), 200);
    }

    /**
     * Reasons for referring to, or not referring to, each agency: scenarios that are not about the suggested
     * referral name their agencies outright, and give these reasons for departing from the suggestion.
     */
    public static final Map<String, String> REASONS_FOR_ANY_REFERRAL = Map.of(
            "DOD", "The scenario names the agencies it refers to.",
            "STATE", "The scenario names the agencies it refers to.",
            "ENERGY", "The scenario names the agencies it refers to.",
            "JUSTICE", "The scenario names the agencies it refers to.");

    public void review(String analyst, String id, Map<String, Object> review) {
        expect(send(analyst, "POST", "/api/staff/applications/" + id + "/review", review), 200);
    }

    public void refer(String analyst, String id, String proposedOutcome, String... agencies) {
        review(analyst, id, Map.of("action", "REFER", "referralReasons", CaseSteps.REASONS_FOR_ANY_REFERRAL, "agencies", List.of(agencies),
                "proposedOutcome", proposedOutcome, "analysis", "BIS analysis."));
    }

    List<JsonNode> tasks(String user, String id) {
        List<JsonNode> tasks = new ArrayList<>();
        expect(send(user, "GET", "/api/staff/tasks?applicationId=" + id, null), 200).body().forEach(tasks::add);
        return tasks;
    }

    public JsonNode task(String user, String id, String type) {
        return tasks(user, id).stream().filter(task -> task.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + type + " task on " + id));
    }

    public String referralOf(String reviewer, String id) {
        return task(reviewer, id, "AGENCY_REVIEW").path("referralId").asText();
    }

    public void recordPosition(String reviewer, String id, Map<String, Object> position) {
        expect(send(reviewer, "POST", "/api/staff/referrals/" + referralOf(reviewer, id) + "/position", position),
                201);
    }

    /** Waits (at most a minute) for the asynchronous license issuance, as the applicant sees it. */
    JsonNode awaitLicense(String applicant, String id) {
        return await("a license for " + id, () -> {
            JsonNode license = send(applicant, "GET", "/api/applicant/applications/" + id, null).body()
                    .path("decision").path("license");
            return license.isMissingNode() || license.isNull() ? null : license;
        });
    }

    public void awaitStatus(String staff, String id, String status) {
        await(id + " to be " + status, () -> {
            String current = send(staff, "GET", "/api/staff/applications/" + id, null).text("application.status");
            return status.equals(current) ? current : null;
        });
    }

    /** Waits (at most a minute) until the case's escalation ladder holds the number of rulings. */
    public void awaitRulings(String staff, String id, int rulings) {
        await(id + " to have " + rulings + " rulings", () -> send(staff, "GET", "/api/staff/applications/" + id, null)
                .body().path("ladder").path("rulings").size() == rulings ? id : null);
    }

    public static Reply expect(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        return reply;
    }

    private static <T> T await(String what, java.util.function.Supplier<T> probe) {
        return Awaitility.await(what).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(probe::get, Objects::nonNull);
    }
}
