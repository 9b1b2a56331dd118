package gov.clearance.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run of the lifecycle benchmark measured, and its targets.
 *
 * @param appRuns the application's measured runs, one per cluster size
 * @param bareEngine the bare engine's measured run, if it ran
 * @param pgbench pgbench's run, if it ran
 * @param startups every node start, in order
 * @param memory each node's peak memory over the run
 * @param consistency the consistency checker's report after the application's runs
 * @param problems what went wrong in a part of the run that could not give figures
 */
public record LifecycleFigures(Instant at, BenchmarkOptions options, String environment, List<AppRun> appRuns,
        Optional<EngineRun> bareEngine, Optional<PgBench.Result> pgbench, List<NodeStartup> startups,
        List<NodeMemory> memory, Optional<CaseConsistency.Report> consistency, List<String> problems) {

    /** Issue 15's targets: start-up on an empty database, and with the schema in place. */
    public static final Duration STARTUP_TARGET_EMPTY = Duration.ofSeconds(15);
    public static final Duration STARTUP_TARGET_WITH_SCHEMA = Duration.ofSeconds(10);
    public static final long MEMORY_TARGET_BYTES = 768L << 20;
    /** Issue 15's target for one node against the bare engine in the same run; the long-term goal is 0.8. */
    public static final double ENGINE_RATIO_TARGET = 0.50;
    public static final double ENGINE_RATIO_GOAL = 0.80;

    /**
     * The application on a cluster of {@code nodes} nodes.
     *
     * @param commits the application database's commits over the measured run
     */
    public record AppRun(int nodes, LoadResult load, long commits) {

        public double commitsPerLifecycle() {
            return load.completed() == 0 ? 0 : (double) commits / load.completed();
        }

        public double commitsPerSecond() {
            return load.elapsed().isZero() ? 0 : commits / (load.elapsed().toNanos() / 1e9);
        }
    }

    /** The bare engine with the same concurrency, and its database's commits over the measured run. */
    public record EngineRun(LoadResult load, long commits, List<String> standIns) {

        public double commitsPerLifecycle() {
            return load.completed() == 0 ? 0 : (double) commits / load.completed();
        }
    }

    /**
     * A node's start, timed from launching its JVM to {@code /actuator/health} UP.
     *
     * @param situation what the database held when it started
     */
    public record NodeStartup(String node, String situation, Duration time) {

        /** The target for this situation: an empty database has the migrations and the engine's schema to create. */
        public Duration target() {
            return situation.startsWith("empty") ? STARTUP_TARGET_EMPTY : STARTUP_TARGET_WITH_SCHEMA;
        }

        public boolean meetsTarget() {
            return time.compareTo(target()) < 0;
        }
    }

    /** A node's peak resident memory ({@code VmHWM}) and peak heap in use over the whole run. */
    public record NodeMemory(String node, long peakResidentBytes, long peakHeapUsedBytes) {

        public boolean meetsTarget() {
            return peakResidentBytes > 0 && peakResidentBytes < MEMORY_TARGET_BYTES;
        }
    }

    /** The application's throughput on this many nodes over the bare engine's. */
    public Optional<Double> engineRatio(AppRun run) {
        return bareEngine.filter(engine -> engine.load().lifecyclesPerSecond() > 0)
                .map(engine -> run.load().lifecyclesPerSecond() / engine.load().lifecyclesPerSecond());
    }

    /** The application's commits per second over pgbench's transactions per second. */
    public Optional<Double> commitRatio(AppRun run) {
        return pgbench.filter(result -> result.transactionsPerSecond() > 0)
                .map(result -> run.commitsPerSecond() / result.transactionsPerSecond());
    }

    /** Whether every lifecycle completed and the database agrees with what was acknowledged. */
    public boolean clean() {
        return problems.isEmpty() && appRuns.stream().allMatch(run -> run.load().failed() == 0)
                && bareEngine.map(engine -> engine.load().failed() == 0).orElse(true)
                && consistency.map(CaseConsistency.Report::consistent).orElse(true);
    }
}
