package gov.clearance.benchmark;

import gov.clearance.benchmark.LifecycleFigures.AppRun;
import gov.clearance.benchmark.LifecycleFigures.EngineRun;
import gov.clearance.benchmark.LifecycleFigures.NodeMemory;
import gov.clearance.benchmark.LifecycleFigures.NodeStartup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The lifecycle benchmark: whole case lifecycles over HTTP against Clearance on one node and on two
 * (Camunda's homogeneous cluster on one PostgreSQL), beside the same models on a bare engine and pgbench
 * on the same server. Prints the figures and writes them to {@code target/benchmark/lifecycle.txt},
 * {@code lifecycle.json} and {@code lifecycle.png}, with the acknowledged actions in
 * {@code acknowledged-actions.csv}. Everything it starts listens on 127.0.0.1 and is stopped at the end,
 * failures included; it stops by itself.
 *
 * <pre>
 * ./mvnw -pl performance -am -DskipTests -Pbenchmark verify -Dbenchmark.main=gov.clearance.benchmark.LifecycleBenchmark \
 *     -Dbenchmark.clients=4 -Dbenchmark.lifecycles=40 -Dbenchmark.nodes=1,2
 * </pre>
 * Options: see {@link BenchmarkOptions}. Exits 0 when every lifecycle completed and the database agrees
 * with what was acknowledged, 1 otherwise, 2 when the run could not be made.
 */
public final class LifecycleBenchmark implements AutoCloseable {

    static final String ENGINE_DATABASE = "bare_engine";
    static final String PGBENCH_DATABASE = "pgbench";
    private static final Path OUTPUT = Path.of("target", "benchmark");
    private static final Duration RETRY_LIMIT = Duration.ofSeconds(60);

    private final BenchmarkOptions options;
    private final Path output;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<NodeStartup> startups = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final AcknowledgedActions acknowledged = new AcknowledgedActions();
    private boolean closed;

    LifecycleBenchmark(BenchmarkOptions options, Path output) {
        this.options = options;
        this.output = output;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        int status;
        LifecycleBenchmark benchmark = new LifecycleBenchmark(options, OUTPUT);
        Thread cleanUp = new Thread(benchmark::close, "lifecycle-benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            LifecycleFigures figures;
            try {
                figures = benchmark.measure();
            } finally {
                benchmark.close();
            }
            String text = BenchmarkReport.text(figures);
            System.out.println();
            System.out.print(text);
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve("lifecycle.txt"), text);
            BenchmarkReport.writeJson(figures, OUTPUT.resolve("lifecycle.json"));
            LifecycleChart.write(figures, OUTPUT.resolve("lifecycle.png"));
            benchmark.acknowledged.writeCsv(OUTPUT.resolve("acknowledged-actions.csv"));
            System.out.println("Written: " + OUTPUT.toAbsolutePath().resolve("lifecycle.txt") + ", lifecycle.json, "
                    + "lifecycle.png, acknowledged-actions.csv");
            status = figures.clean() ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        Runtime.getRuntime().removeShutdownHook(cleanUp);
        System.exit(status);
    }

    /** Starts everything, runs every measurement, and returns the figures; the caller closes. */
    LifecycleFigures measure() throws Exception {
        Instant at = Instant.now();
        System.out.printf("Lifecycle benchmark: %d clients, %s%n", options.clients(), options.describePlan());
        ClearanceCluster cluster = own(ClearanceCluster.start(output, Map.of("synchronous_commit",
                options.synchronousCommit()), List.of(ENGINE_DATABASE, PGBENCH_DATABASE), options.nodeJvmOptions()));
        DatabaseServer database = cluster.database();
        System.out.printf("PostgreSQL on 127.0.0.1:%d (data in %s); Keycloak with the demo realm: %s%n",
                database.port(), database.dataDirectory(), cluster.issuer());

        List<AppRun> appRuns = new ArrayList<>();
        for (int count : options.nodeCounts()) {
            try {
                appRuns.add(appRun(count, cluster));
            } catch (Exception e) {
                problems.add("app on " + count + " node(s): " + e);
                e.printStackTrace();
            }
        }
        Optional<CaseConsistency.Report> consistency = Optional.empty();
        try (Connection connection = database.connect(ClearanceCluster.APP_DATABASE)) {
            consistency = Optional.of(CaseConsistency.check(connection, CaseConsistency.Acknowledged.from(acknowledged)));
        } catch (Exception e) {
            problems.add("consistency check: " + e);
        }
        List<NodeMemory> memory = new ArrayList<>();
        for (ClearanceNode node : cluster.nodes()) {
            node.stop();
            memory.add(new NodeMemory(node.name(), node.peakResidentBytes(), node.peakHeapUsedBytes()));
        }

        Optional<EngineRun> bareEngine = Optional.empty();
        try {
            bareEngine = Optional.of(bareEngineRun(database));
        } catch (Exception e) {
            problems.add("bare engine: " + e);
            e.printStackTrace();
        }
        Optional<PgBench.Result> pgbench = Optional.empty();
        try {
            System.out.printf("pgbench: %d clients for %d s%n", options.clients(), options.pgbenchDuration().toSeconds());
            pgbench = Optional.of(new PgBench(database, PGBENCH_DATABASE, output.resolve("logs"))
                    .run(options.clients(), options.pgbenchDuration()));
        } catch (Exception e) {
            problems.add("pgbench: " + e.getMessage());
        }
        String environment = String.format("PostgreSQL 17 (synchronous_commit=%s) on 127.0.0.1; %d CPUs; Java %s; "
                + "node JVM %s", options.synchronousCommit(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), String.join(" ", options.nodeJvmOptions()));
        return new LifecycleFigures(at, options, environment, appRuns, bareEngine, pgbench, List.copyOf(startups),
                memory, consistency, List.copyOf(problems));
    }

    private AppRun appRun(int count, ClearanceCluster cluster) throws Exception {
        while (cluster.nodes().size() < count) {
            int running = cluster.nodes().size();
            String situation = running == 0 ? "empty database (migrations, engine schema)"
                    : "schema in place, " + running + " node(s) running";
            System.out.printf("Starting node-%d (%s)%n", running + 1, situation);
            ClearanceNode node = cluster.addNode();
            Duration startup = node.startupTimes().get(node.startupTimes().size() - 1);
            startups.add(new NodeStartup(node.name(), situation, startup));
            System.out.printf("  %s is UP on %s after %.1f s%n", node.name(), node.baseUrl(), startup.toMillis() / 1000.0);
        }
        List<ClearanceNode> nodes = cluster.nodes().subList(0, count);
        DatabaseServer database = cluster.database();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-memory-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> nodes.forEach(ClearanceNode::sampleMemory), 0, 1, TimeUnit.SECONDS);
        try {
            System.out.printf("App on %d node(s): warm-up, %d lifecycles%n", count, options.warmUp());
            if (options.warmUp() > 0) {
                LoadResult warmUp = new CaseLifecycles(cluster.api(nodes, RETRY_LIMIT), acknowledged, options.hardLimit())
                        .run(options.plan().warmUp(options.warmUp()));
                if (warmUp.failed() > 0) {
                    problems.add("warm-up on " + count + " node(s): " + warmUp.failed() + " failed: " + warmUp.failures());
                }
            }
            long commitsBefore = database.settledCommits(ClearanceCluster.APP_DATABASE);
            System.out.printf("App on %d node(s): measuring%n", count);
            LoadResult load = new CaseLifecycles(cluster.api(nodes, RETRY_LIMIT), acknowledged, options.hardLimit())
                    .run(options.plan());
            long commits = database.settledCommits(ClearanceCluster.APP_DATABASE) - commitsBefore;
            System.out.printf("  %d completed, %d failed, %.2f lifecycles/s%n", load.completed(), load.failed(),
                    load.lifecyclesPerSecond());
            return new AppRun(count, load, commits);
        } finally {
            sampler.shutdownNow();
            nodes.forEach(ClearanceNode::sampleMemory);
        }
    }

    private EngineRun bareEngineRun(DatabaseServer database) throws Exception {
        System.out.println("Bare engine: starting on its own database");
        try (BareEngine engine = BareEngine.start(database.jdbcUrl(ENGINE_DATABASE), DatabaseServer.USER,
                DatabaseServer.PASSWORD, options.hardLimit())) {
            if (options.warmUp() > 0) {
                engine.run(options.plan().warmUp(options.warmUp()));
            }
            long commitsBefore = database.settledCommits(ENGINE_DATABASE);
            System.out.println("Bare engine: measuring");
            LoadResult load = engine.run(options.plan());
            long commits = database.settledCommits(ENGINE_DATABASE) - commitsBefore;
            System.out.printf("  %d completed, %d failed, %.2f lifecycles/s%n", load.completed(), load.failed(),
                    load.lifecyclesPerSecond());
            return new EngineRun(load, commits, List.copyOf(engine.standIns()));
        }
    }

    private <T extends AutoCloseable> T own(T resource) {
        synchronized (started) {
            started.push(resource);
        }
        return resource;
    }

    /** Stops everything this run started, newest first; safe to call more than once, and from a shutdown hook. */
    @Override
    public void close() {
        synchronized (started) {
            if (closed) {
                return;
            }
            closed = true;
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    System.err.println("Could not stop part of the run: " + e);
                }
            }
        }
    }
}
