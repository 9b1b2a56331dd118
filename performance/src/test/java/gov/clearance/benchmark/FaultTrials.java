package gov.clearance.benchmark;

import gov.clearance.benchmark.AcknowledgedActions.Kind;
import gov.clearance.benchmark.ClusterApi.Reply;
import gov.clearance.identity.KeycloakServer;
import gov.clearance.lifecycle.ApplicationForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Fault trials on a two-node cluster (Camunda's homogeneous cluster: both nodes on one PostgreSQL, both
 * running the job executor), each ended by the {@link CaseConsistency} checker:
 * <ul>
 *   <li>{@link #nodeCrash}: whole lifecycles spread over both nodes; one node is killed with SIGKILL in the
 *       middle and started again; clients retry what it never answered on the other node, with the same
 *       {@code Idempotency-Key};</li>
 *   <li>{@link #databaseRestart}: the same load while PostgreSQL is stopped and started again;</li>
 *   <li>{@link #deadlineTimers}: cases wait for agency positions, both nodes' clocks pass the agencies'
 *       deadline at once, and both job executors race for the timers: each must fire exactly once.</li>
 * </ul>
 * The short form runs in {@code ClusterFaultsIT}; the long form is this class's {@link #main}:
 * <pre>
 * ./mvnw -pl performance -am -DskipTests -Pbenchmark verify -Dbenchmark.main=gov.clearance.benchmark.FaultTrials \
 *     -Dbenchmark.clients=4 -Dbenchmark.lifecycles=40
 * </pre>
 * It starts its own PostgreSQL and Keycloak, writes {@code target/benchmark/faults.txt}, and exits 0 only
 * when every trial passed.
 */
public final class FaultTrials implements AutoCloseable {

    /** What a trial did and what the checker found. */
    public record Outcome(String trial, String summary, CaseConsistency.Report consistency, List<String> problems) {

        public boolean passed() {
            return problems.isEmpty() && consistency.consistent();
        }

        @Override
        public String toString() {
            return trial + (passed() ? ": PASSED" : ": FAILED") + "\n  " + summary + "\n  consistency: "
                    + consistency + (problems.isEmpty() ? "" : "\n  problems: " + String.join("\n    ", problems));
        }
    }

    static final String APP_DATABASE = "clearance";
    /** Jobs a dead node had locked are taken over by the other node after this long (Camunda's default: 5 min). */
    static final Duration JOB_LOCK_TIME = Duration.ofSeconds(10);
    private static final Duration RETRY_LIMIT = Duration.ofMinutes(2);
    private static final Duration HARD_LIMIT = Duration.ofMinutes(15);
    /** Past the agencies' 30-day deadline from referral, on the processing clock. */
    private static final int DAYS_PAST_AGENCY_DEADLINE = 35;

    private final DatabaseServer database;
    private final List<ClearanceNode> nodes = new ArrayList<>();
    private final Function<String, String> tokens;
    private final List<String> urls = new ArrayList<>();

    private FaultTrials(DatabaseServer database, Function<String, String> tokens) {
        this.database = database;
        this.tokens = tokens;
    }

    /**
     * A fresh PostgreSQL under {@code output} and two nodes on it, accepting tokens of {@code issuer};
     * {@code tokens} signs the demo users in.
     */
    public static FaultTrials start(Path output, String issuer, Function<String, String> tokens) throws Exception {
        DatabaseServer database = DatabaseServer.fresh(output.resolve("postgres"), Map.of()).start();
        database.createDatabase(APP_DATABASE);
        FaultTrials trials = new FaultTrials(database, tokens);
        try {
            for (String name : List.of("node-1", "node-2")) {
                ClearanceNode node = new ClearanceNode(name, new ClearanceNode.Settings(database.jdbcUrl(APP_DATABASE),
                        issuer, output.resolve("documents"), output.resolve("logs"), List.of("-Xmx768m",
                                "-Dcamunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_TIME.toMillis(),
                                "-Dcamunda.bpm.generic-properties.properties.hostname=" + name,
                                "-Dclearance.clock.adjustable=true")));
                trials.nodes.add(node);
                Duration startup = node.start();
                trials.urls.add(node.baseUrl());
                System.out.printf("%s is UP on %s after %.1f s%n", name, node.baseUrl(), startup.toMillis() / 1000.0);
            }
        } catch (Exception | Error e) {
            trials.close();
            throw e;
        }
        return trials;
    }

    /** Kills the second node with SIGKILL once {@code decisionsBeforeCrash} decisions were acknowledged. */
    public Outcome nodeCrash(LoadPlan plan, int decisionsBeforeCrash) throws Exception {
        AcknowledgedActions acknowledged = new AcknowledgedActions();
        ClusterApi api = new ClusterApi(urls, tokens, RETRY_LIMIT, new EndpointLatencies());
        CompletableFuture<LoadResult> load = new CaseLifecycles(api, acknowledged, HARD_LIMIT).start(plan);
        awaitAcknowledged(acknowledged, Kind.DECISION_RECORDED, decisionsBeforeCrash, load);
        ClearanceNode victim = nodes.get(1);
        int inFlight = acknowledged.of(Kind.APPLICATION_SUBMITTED).size() - acknowledged.of(Kind.LICENSE_ISSUED).size();
        victim.kill();
        long killed = System.nanoTime();
        Duration restart = victim.start();
        double down = (System.nanoTime() - killed) / 1e9;
        LoadResult result = load.get(HARD_LIMIT.toMinutes(), TimeUnit.MINUTES);
        List<String> problems = problemsOf(plan, result);
        String summary = String.format("%d of %d lifecycles completed over 2 nodes; %s killed with SIGKILL with %d "
                + "cases in flight, down %.1f s (restart %.1f s); %d requests retried on the other node",
                result.completed(), plan.lifecycles(), victim.name(), inFlight, down, restart.toMillis() / 1000.0,
                api.retries());
        return new Outcome("node crash (kill -9 mid-run)", summary, check(acknowledged), problems);
    }

    /** Stops PostgreSQL for {@code outage} once {@code decisionsBeforeOutage} decisions were acknowledged. */
    public Outcome databaseRestart(LoadPlan plan, int decisionsBeforeOutage, Duration outage) throws Exception {
        AcknowledgedActions acknowledged = new AcknowledgedActions();
        ClusterApi api = new ClusterApi(urls, tokens, RETRY_LIMIT, new EndpointLatencies());
        CompletableFuture<LoadResult> load = new CaseLifecycles(api, acknowledged, HARD_LIMIT).start(plan);
        awaitAcknowledged(acknowledged, Kind.DECISION_RECORDED, decisionsBeforeOutage, load);
        database.stop();
        Thread.sleep(outage.toMillis());
        database.start();
        LoadResult result = load.get(HARD_LIMIT.toMinutes(), TimeUnit.MINUTES);
        List<String> problems = problemsOf(plan, result);
        String summary = String.format("%d of %d lifecycles completed over 2 nodes; PostgreSQL down %.1f s mid-run; "
                + "%d requests answered 503 or unanswered and retried", result.completed(), plan.lifecycles(),
                outage.toMillis() / 1000.0, api.retries());
        return new Outcome("PostgreSQL restart under load", summary, check(acknowledged), problems);
    }

    /**
     * Refers {@code cases} new cases to DoD and State, then moves both nodes' clocks past the agencies' deadline
     * at the same moment: every referral must get exactly one deemed no-objection, from exactly one timer.
     */
    public Outcome deadlineTimers(int cases) throws Exception {
        AcknowledgedActions acknowledged = new AcknowledgedActions();
        ClusterApi api = new ClusterApi(urls, tokens, RETRY_LIMIT, new EndpointLatencies());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String id = expect(api.send("alice", "POST", "/api/applicant/applications", ApplicationForms.valid()), 201)
                    .text("id");
            expect(api.send("alice", "POST", "/api/applicant/applications/{id}/submit", null, id), 200);
            expect(api.send("bianca", "POST", "/api/staff/applications/{id}/review", Map.of("action", "REFER",
                    "agencies", List.of("DOD", "STATE"), "referralReasons", Map.of(
                            "DOD", "The trial refers to DoD and State.", "STATE", "The trial refers to DoD and State.",
                            "ENERGY", "The trial refers to DoD and State.", "JUSTICE", "The trial refers to DoD and State."),
                    "proposedOutcome", "APPROVE", "analysis", "Referred; the agencies will not answer."), id), 200);
            acknowledged.add(new AcknowledgedActions.Acknowledgement(java.time.Instant.now(), Kind.APPLICATION_SUBMITTED,
                    id, "", "", "", ""));
            ids.add(id);
        }
        List<CompletableFuture<Reply>> moves = new ArrayList<>();
        for (String url : urls) {
            ClusterApi node = new ClusterApi(List.of(url), tokens, RETRY_LIMIT, new EndpointLatencies());
            moves.add(CompletableFuture.supplyAsync(() -> node.send("ada", "POST", "/api/admin/clock",
                    Map.of("advanceDays", DAYS_PAST_AGENCY_DEADLINE))));
        }
        List<String> problems = new ArrayList<>();
        for (CompletableFuture<Reply> move : moves) {
            Reply reply = move.get(5, TimeUnit.MINUTES);
            if (reply.status() != 200) {
                problems.add(reply.node() + " did not move its clock: " + reply.status() + " " + reply.body());
            }
        }
        Map<String, Integer> firings;
        Map<String, Integer> byNode;
        try (Connection connection = database.connect(APP_DATABASE)) {
            awaitDeemedPositions(connection, ids, 2 * cases);
            firings = countBy(connection, "select p.business_key_, count(a.id_) from act_hi_procinst p "
                    + "left join act_hi_actinst a on a.proc_inst_id_ = p.id_ and a.act_id_ = "
                    + "'Task_RecordDeemedNoObjection' and a.end_time_ is not null where p.business_key_ = any (?) "
                    + "group by p.business_key_", ids);
            byNode = countBy(connection, "select coalesce(hostname_, '?'), count(*) from act_hi_job_log "
                    + "where act_id_ = 'Timer_AgencyDeadline' and job_state_ = 2 and process_instance_id_ in "
                    + "(select id_ from act_hi_procinst where business_key_ = any (?)) group by 1", ids);
            Map<String, Integer> positions = countBy(connection, "select r.id::text, count(p.id) from referral_referral r "
                    + "left join position_position p on p.referral_id = r.id and p.type = 'DEEMED_NO_OBJECTION' "
                    + "where r.application_id = any (?::uuid[]) group by r.id", ids);
            positions.forEach((referral, count) -> {
                if (count != 1) {
                    problems.add("referral " + referral + " has " + count + " deemed no-objections, not exactly one");
                }
            });
            firings.forEach((id, count) -> {
                if (count != 2) {
                    problems.add(id + " ran the deemed no-objection step " + count + " times for two referrals");
                }
            });
            if (positions.size() != 2 * cases) {
                problems.add(positions.size() + " referrals found for " + cases + " cases referred to two agencies");
            }
        }
        int fired = byNode.values().stream().mapToInt(Integer::intValue).sum();
        if (fired != 2 * cases) {
            problems.add(fired + " agency deadline timers fired successfully for " + 2 * cases + " referrals");
        }
        String summary = String.format("%d cases, %d referrals; both clocks moved %d days at once; timers fired "
                + "successfully %d times, by node: %s; deemed no-objection steps per case: %s", cases, 2 * cases,
                DAYS_PAST_AGENCY_DEADLINE, fired, byNode, firings.values().stream().distinct().sorted().toList());
        return new Outcome("deadline timers on two nodes", summary, check(acknowledged), problems);
    }

    private CaseConsistency.Report check(AcknowledgedActions acknowledged) throws SQLException {
        try (Connection connection = database.connect(APP_DATABASE)) {
            return CaseConsistency.check(connection, CaseConsistency.Acknowledged.from(acknowledged));
        }
    }

    private static List<String> problemsOf(LoadPlan plan, LoadResult result) {
        List<String> problems = new ArrayList<>(result.failures());
        if (result.completed() != plan.lifecycles()) {
            problems.add(0, result.completed() + " of " + plan.lifecycles() + " lifecycles completed, "
                    + result.failed() + " failed");
        }
        return problems;
    }

    private static void awaitAcknowledged(AcknowledgedActions acknowledged, Kind kind, int count,
            CompletableFuture<LoadResult> load) throws InterruptedException {
        long giveUp = System.nanoTime() + HARD_LIMIT.toNanos();
        while (acknowledged.of(kind).size() < count) {
            if (load.isDone() || System.nanoTime() > giveUp) {
                throw new IllegalStateException("The load ended or stalled before " + count + " " + kind + ": "
                        + (load.isDone() ? load.join() : "still running"));
            }
            Thread.sleep(50);
        }
    }

    private static void awaitDeemedPositions(Connection connection, List<String> ids, int expected) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < giveUp) {
            int found = countBy(connection, "select 'all', count(*) from position_position where application_id = "
                    + "any (?::uuid[])", ids).getOrDefault("all", 0);
            if (found >= expected) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, Integer> countBy(Connection connection, String sql, List<String> ids)
            throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (var query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but " + reply.node() + " answered "
                    + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    @Override
    public void close() {
        for (ClearanceNode node : nodes) {
            node.close();
        }
        database.close();
    }

    public static void main(String[] args) {
        int clients = Integer.getInteger("benchmark.clients", 4);
        int lifecycles = Integer.getInteger("benchmark.lifecycles", 40);
        Path output = Path.of("target", "benchmark", "faults");
        int status = 1;
        try (KeycloakServer keycloak = KeycloakServer.start(Path.of("target", "keycloak", "keycloak-quarkus-dist.zip"),
                Path.of("target", "keycloak-home"), DatabaseServer.freePort())) {
            DemoRealmTokens tokens = new DemoRealmTokens(keycloak.issuer());
            List<Outcome> outcomes = new ArrayList<>();
            try (FaultTrials trials = start(output, keycloak.issuer(), tokens::accessToken)) {
                LoadPlan plan = new LoadPlan(clients, lifecycles, Duration.ZERO);
                outcomes.add(trials.nodeCrash(plan, Math.max(1, lifecycles / 4)));
                System.out.println(outcomes.get(outcomes.size() - 1));
                outcomes.add(trials.databaseRestart(plan, Math.max(1, lifecycles / 4), Duration.ofSeconds(5)));
                System.out.println(outcomes.get(outcomes.size() - 1));
                outcomes.add(trials.deadlineTimers(Math.max(2, lifecycles / 4)));
                System.out.println(outcomes.get(outcomes.size() - 1));
            }
            StringBuilder report = new StringBuilder(String.format("Fault trials (%d clients, %d lifecycles per load "
                    + "trial, %d CPUs, Java %s)%n", clients, lifecycles, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version")));
            outcomes.forEach(outcome -> report.append(outcome).append(System.lineSeparator()));
            Files.createDirectories(output);
            Files.writeString(output.getParent().resolve("faults.txt"), report);
            System.out.println();
            System.out.print(report);
            status = outcomes.stream().allMatch(Outcome::passed) ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }
}
