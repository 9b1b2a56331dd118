package gov.clearance.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import gov.clearance.benchmark.AcknowledgedActions.Acknowledgement;
import gov.clearance.benchmark.AcknowledgedActions.Kind;
import gov.clearance.benchmark.ClusterApi.Reply;
import gov.clearance.lifecycle.ApplicationForms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Whole case lifecycles over HTTP, as the demo realm's people would work them: alice drafts and submits
 * an application; bianca (BIS) refers it to DoD, State and Energy proposing approval; dan (DoD), sam
 * (State) and erin (Energy) each find their agency review task and approve; bianca approves the case; and
 * alice waits until she sees the license, which the engine issues asynchronously. Every step is checked,
 * and every acknowledged action goes to the {@link AcknowledgedActions} log.
 */
public final class CaseLifecycles {

    /** The agencies every case is referred to, with the reviewer who records each one's position. */
    public static final Map<String, String> REVIEWERS = Map.of("DOD", "dan", "STATE", "sam", "ENERGY", "erin");
    private static final List<String> AGENCIES = List.of("DOD", "STATE", "ENERGY");
    /** Reasons for departing from the suggested referral, which the analyst must give. */
    private static final Map<String, String> REFERRAL_REASONS = Map.of(
            "DOD", "The benchmark refers every case to DoD, State and Energy.",
            "STATE", "The benchmark refers every case to DoD, State and Energy.",
            "ENERGY", "The benchmark refers every case to DoD, State and Energy.",
            "JUSTICE", "The benchmark refers every case to DoD, State and Energy.");
    private static final Duration LICENSE_WAIT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final ClusterApi api;
    private final AcknowledgedActions acknowledged;
    private final Duration hardLimit;

    /**
     * @param hardLimit the longest a run may go on starting lifecycles, whatever its plan says
     */
    public CaseLifecycles(ClusterApi api, AcknowledgedActions acknowledged, Duration hardLimit) {
        this.api = api;
        this.acknowledged = acknowledged;
        this.hardLimit = hardLimit;
    }

    /** Runs the plan to its end and returns what it achieved (latencies: those the API recorded so far). */
    public LoadResult run(LoadPlan plan) throws InterruptedException {
        return ConcurrentClients.run(plan, number -> lifecycle(), hardLimit, api, api.latencies());
    }

    /** Runs the plan in the background, for a test that does something to the system meanwhile. */
    public CompletableFuture<LoadResult> start(LoadPlan plan) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(plan);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "lifecycle-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** One whole lifecycle, from the draft to the license; returns the application's id. */
    public String lifecycle() throws InterruptedException {
        Reply drafted = expect(api.send("alice", "POST", "/api/applicant/applications", ApplicationForms.valid()), 201);
        String id = drafted.text("id");
        acknowledge(Kind.APPLICATION_DRAFTED, id, "", "", drafted);
        acknowledge(Kind.APPLICATION_SUBMITTED, id, "", "",
                expect(api.send("alice", "POST", "/api/applicant/applications/{id}/submit", null, id), 200));

        Reply reviewed = api.send("bianca", "POST", "/api/staff/applications/{id}/review", Map.of(
                "action", "REFER", "agencies", AGENCIES, "referralReasons", REFERRAL_REASONS,
                "proposedOutcome", "APPROVE", "analysis", "Items and end use are consistent; refer for review."), id);
        acknowledge(Kind.BIS_REVIEW_RECORDED, id, "", "REFER", expect(reviewed, 200));

        for (String agency : AGENCIES) {
            String reviewer = REVIEWERS.get(agency);
            String referral = referralOf(reviewer, id);
            Reply position = api.send(reviewer, "POST", "/api/staff/referrals/{id}/position",
                    Map.of("type", "APPROVE", "rationale", agency + " has no objection."), referral);
            acknowledge(Kind.POSITION_RECORDED, id, referral, agency, expect(position, 201));
        }

        Reply decided = api.send("bianca", "POST", "/api/staff/applications/{id}/decision",
                Map.of("outcome", "APPROVED", "rationale", "All agencies concur."), id);
        acknowledge(Kind.DECISION_RECORDED, id, "", "APPROVED", expect(decided, 200));

        awaitLicense(id);
        return id;
    }

    private String referralOf(String reviewer, String id) {
        Reply tasks = expect(api.send(reviewer, "GET", "/api/staff/tasks?applicationId={id}", null, id), 200);
        for (JsonNode task : tasks.body()) {
            if ("AGENCY_REVIEW".equals(task.path("type").asText())) {
                return task.path("referralId").asText();
            }
        }
        throw new IllegalStateException(reviewer + " has no agency review task on " + id + ": " + tasks.body());
    }

    private void awaitLicense(String id) throws InterruptedException {
        long deadline = System.nanoTime() + LICENSE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Reply view = expect(api.send("alice", "GET", "/api/applicant/applications/{id}", null, id), 200);
            JsonNode license = view.body().path("decision").path("license");
            if (!license.isMissingNode() && !license.isNull()) {
                acknowledged.add(new Acknowledgement(Instant.now(), Kind.LICENSE_ISSUED, id, "",
                        license.path("licenseNumber").asText(), "", view.node()));
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("No license for " + id + " within " + LICENSE_WAIT);
    }

    private void acknowledge(Kind kind, String id, String subject, String detail, Reply reply) {
        acknowledged.add(new Acknowledgement(Instant.now(), kind, id, subject, detail, reply.idempotencyKey(),
                reply.node()));
    }

    private static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but " + reply.node() + " answered "
                    + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
