package gov.clearance.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gov.clearance.benchmark.LifecycleFigures.AppRun;
import gov.clearance.benchmark.LifecycleFigures.NodeMemory;
import gov.clearance.benchmark.LifecycleFigures.NodeStartup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lifecycle benchmark's figures as a person reads them (text) and as a program does (JSON). */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String text(LifecycleFigures figures) {
        StringBuilder out = new StringBuilder();
        BenchmarkOptions options = figures.options();
        line(out, "Lifecycle benchmark, %s", figures.at());
        line(out, "  %d clients; %s; warm-up %d lifecycles per run", options.clients(), options.describePlan(),
                options.warmUp());
        line(out, "  %s", figures.environment());
        line(out, "  lifecycle: draft, submit, BIS refers to DOD/STATE/ENERGY, three positions, decision, license");
        line(out, "");
        line(out, "Throughput (lifecycles per second)");
        for (AppRun run : figures.appRuns()) {
            LoadResult load = run.load();
            line(out, "  app, %d node%s     %8.2f/s  %d completed, %d failed, %d retries, %.1f s; lifecycle p50 %.0f ms, "
                    + "p95 %.0f ms, p99 %.0f ms", run.nodes(), run.nodes() == 1 ? " " : "s",
                    load.lifecyclesPerSecond(), load.completed(), load.failed(), load.retries(), seconds(load.elapsed()),
                    load.lifecycleLatency().p50(), load.lifecycleLatency().p95(), load.lifecycleLatency().p99());
        }
        figures.bareEngine().ifPresent(engine -> line(out, "  bare engine     %8.2f/s  %d completed, %d failed, %.1f s; "
                + "lifecycle p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", engine.load().lifecyclesPerSecond(),
                engine.load().completed(), engine.load().failed(), seconds(engine.load().elapsed()),
                engine.load().lifecycleLatency().p50(), engine.load().lifecycleLatency().p95(),
                engine.load().lifecycleLatency().p99()));
        for (AppRun run : figures.appRuns()) {
            figures.engineRatio(run).ifPresent(ratio -> line(out, "  app (%d node%s) / bare engine: %.2f  (target >= %.2f: %s;"
                    + " goal %.2f: %s)", run.nodes(), run.nodes() == 1 ? "" : "s", ratio,
                    LifecycleFigures.ENGINE_RATIO_TARGET, ratio >= LifecycleFigures.ENGINE_RATIO_TARGET ? "met" : "NOT MET",
                    LifecycleFigures.ENGINE_RATIO_GOAL, ratio >= LifecycleFigures.ENGINE_RATIO_GOAL ? "met" : "not yet"));
        }
        if (figures.appRuns().size() == 2) {
            double one = figures.appRuns().get(0).load().lifecyclesPerSecond();
            double two = figures.appRuns().get(1).load().lifecyclesPerSecond();
            if (one > 0) {
                line(out, "  2 nodes / 1 node: %.2f", two / one);
            }
        }
        line(out, "");
        line(out, "Database");
        for (AppRun run : figures.appRuns()) {
            line(out, "  app, %d node%s: %d commits, %.1f per lifecycle, %.1f commits/s", run.nodes(),
                    run.nodes() == 1 ? " " : "s", run.commits(), run.commitsPerLifecycle(), run.commitsPerSecond());
        }
        figures.bareEngine().ifPresent(engine -> line(out, "  bare engine: %d commits, %.1f per lifecycle",
                engine.commits(), engine.commitsPerLifecycle()));
        figures.pgbench().ifPresent(pgbench -> line(out, "  pgbench (TPC-B-like, %d clients, scale %d, %d s): %.0f tps",
                pgbench.clients(), pgbench.scale(), pgbench.duration().toSeconds(), pgbench.transactionsPerSecond()));
        for (AppRun run : figures.appRuns()) {
            figures.commitRatio(run).ifPresent(ratio -> line(out, "  app (%d node%s) commits/s / pgbench tps: %.2f",
                    run.nodes(), run.nodes() == 1 ? "" : "s", ratio));
        }
        for (AppRun run : figures.appRuns()) {
            line(out, "");
            line(out, "Latency per endpoint, app on %d node%s (ms, retries included)", run.nodes(),
                    run.nodes() == 1 ? "" : "s");
            line(out, "  %-52s %7s %8s %8s %8s %8s", "endpoint", "calls", "p50", "p95", "p99", "max");
            run.load().endpoints().forEach((endpoint, p) -> line(out, "  %-52s %7d %8.1f %8.1f %8.1f %8.1f", endpoint,
                    p.calls(), p.p50(), p.p95(), p.p99(), p.max()));
        }
        line(out, "");
        line(out, "Start-up (JVM launch to /actuator/health UP; targets under %d s on an empty database, under %d s"
                + " with the schema in place)", LifecycleFigures.STARTUP_TARGET_EMPTY.toSeconds(),
                LifecycleFigures.STARTUP_TARGET_WITH_SCHEMA.toSeconds());
        for (NodeStartup startup : figures.startups()) {
            line(out, "  %-8s %-44s %6.1f s  (target %d s) %s", startup.node(), startup.situation(),
                    seconds(startup.time()), startup.target().toSeconds(), startup.meetsTarget() ? "met" : "NOT MET");
        }
        line(out, "");
        line(out, "Memory (peak resident set, VmHWM, over the whole run; target under 768 MB; node JVM %s)",
                String.join(" ", options.nodeJvmOptions()));
        for (NodeMemory memory : figures.memory()) {
            line(out, "  %-8s %6d MB resident, heap in use at most %d MB  %s", memory.node(),
                    memory.peakResidentBytes() >> 20, memory.peakHeapUsedBytes() >> 20,
                    memory.meetsTarget() ? "met" : "NOT MET");
        }
        figures.consistency().ifPresent(report -> {
            line(out, "");
            line(out, "Consistency (one process per case in the state its records say, nothing acknowledged lost "
                    + "or doubled, one license per grant, a complete audit trail): %s", report.consistent() ? "yes" : "NO");
            line(out, "  %d applications, %d open, %d closed", report.applications(), report.openCases(),
                    report.closedCases());
            report.breaches().stream().limit(20).forEach(breach -> line(out, "  %s", breach));
        });
        List<String> failures = new ArrayList<>(figures.problems());
        figures.appRuns().forEach(run -> run.load().failures().forEach(failure -> failures.add(
                "app, " + run.nodes() + " node(s): " + failure)));
        figures.bareEngine().ifPresent(engine -> engine.load().failures().forEach(failure -> failures.add(
                "bare engine: " + failure)));
        if (!failures.isEmpty()) {
            line(out, "");
            line(out, "Failures");
            failures.forEach(failure -> line(out, "  %s", failure));
        }
        return out.toString();
    }

    static void writeJson(LifecycleFigures figures, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", figures.at().toString());
        json.put("environment", figures.environment());
        json.put("options", Map.of("clients", figures.options().clients(), "lifecycles", figures.options().lifecycles(),
                "durationSeconds", figures.options().duration().toSeconds(), "warmUp", figures.options().warmUp(),
                "nodeJvmOptions", figures.options().nodeJvmOptions(),
                "synchronousCommit", figures.options().synchronousCommit()));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (AppRun run : figures.appRuns()) {
            Map<String, Object> entry = load(run.load());
            entry.put("nodes", run.nodes());
            entry.put("commits", run.commits());
            entry.put("commitsPerLifecycle", run.commitsPerLifecycle());
            entry.put("commitsPerSecond", run.commitsPerSecond());
            figures.engineRatio(run).ifPresent(ratio -> entry.put("ratioToBareEngine", ratio));
            figures.commitRatio(run).ifPresent(ratio -> entry.put("commitsPerSecondToPgbenchTps", ratio));
            runs.add(entry);
        }
        json.put("app", runs);
        figures.bareEngine().ifPresent(engine -> {
            Map<String, Object> entry = load(engine.load());
            entry.put("commits", engine.commits());
            entry.put("commitsPerLifecycle", engine.commitsPerLifecycle());
            entry.put("standIns", engine.standIns());
            json.put("bareEngine", entry);
        });
        figures.pgbench().ifPresent(pgbench -> json.put("pgbench", Map.of("tps", pgbench.transactionsPerSecond(),
                "clients", pgbench.clients(), "scale", pgbench.scale(), "seconds", pgbench.duration().toSeconds())));
        json.put("startups", figures.startups().stream().map(startup -> Map.of("node", startup.node(),
                "situation", startup.situation(), "seconds", seconds(startup.time()),
                "targetSeconds", startup.target().toSeconds(), "met", startup.meetsTarget())).toList());
        json.put("memory", figures.memory().stream().map(memory -> Map.of("node", memory.node(),
                "peakResidentBytes", memory.peakResidentBytes(), "peakHeapUsedBytes", memory.peakHeapUsedBytes(),
                "targetBytes", LifecycleFigures.MEMORY_TARGET_BYTES, "met", memory.meetsTarget())).toList());
        figures.consistency().ifPresent(report -> json.put("consistency", Map.of("applications",
                report.applications(), "consistent", report.consistent(), "breaches", report.breaches())));
        json.put("problems", figures.problems());
        json.put("clean", figures.clean());
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    private static Map<String, Object> load(LoadResult load) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("clients", load.clients());
        entry.put("completed", load.completed());
        entry.put("failed", load.failed());
        entry.put("failures", load.failures());
        entry.put("seconds", seconds(load.elapsed()));
        entry.put("lifecyclesPerSecond", load.lifecyclesPerSecond());
        entry.put("retries", load.retries());
        entry.put("lifecycleLatencyMillis", load.lifecycleLatency());
        entry.put("endpointLatencyMillis", load.endpoints());
        return entry;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append(System.lineSeparator());
    }
}
