package gov.clearance.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The lifecycle benchmark's options, from system properties ({@code -Dbenchmark.clients=8} and so on).
 *
 * @param clients concurrent clients ({@code benchmark.clients}, 4)
 * @param lifecycles lifecycles per measured run ({@code benchmark.lifecycles}, 40 unless a duration is given)
 * @param duration how long a measured run may start lifecycles ({@code benchmark.duration}: {@code 60s},
 *     {@code 2m}, {@code PT90S}; none by default)
 * @param nodeCounts the cluster sizes to measure ({@code benchmark.nodes}: 1, 2 or {@code 1,2})
 * @param warmUp lifecycles run before each measured run and not counted ({@code benchmark.warmup}, 2 per client)
 * @param pgbenchDuration how long pgbench runs ({@code benchmark.pgbench.duration}, 15 s)
 * @param nodeJvmOptions the nodes' JVM options ({@code benchmark.node.jvm}, {@code -Xmx512m})
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit} ({@code benchmark.synchronousCommit}, on)
 * @param hardLimit the longest any measured run may go on starting lifecycles (30 min)
 */
public record BenchmarkOptions(int clients, int lifecycles, Duration duration, List<Integer> nodeCounts, int warmUp,
        Duration pgbenchDuration, List<String> nodeJvmOptions, String synchronousCommit, Duration hardLimit) {

    public static BenchmarkOptions fromSystemProperties() {
        int clients = Integer.getInteger("benchmark.clients", 4);
        Duration duration = duration(text("benchmark.duration", ""));
        int lifecycles = Integer.getInteger("benchmark.lifecycles", duration.isZero() ? 40 : 0);
        List<Integer> nodes = Arrays.stream(text("benchmark.nodes", "1,2").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        if (nodes.isEmpty() || nodes.stream().anyMatch(count -> count < 1 || count > 2)) {
            throw new IllegalArgumentException("benchmark.nodes is 1, 2 or 1,2");
        }
        int warmUp = Integer.getInteger("benchmark.warmup", 2 * clients);
        Duration pgbench = duration(text("benchmark.pgbench.duration", "15s"));
        List<String> jvm = Arrays.stream(text("benchmark.node.jvm", "-Xmx512m").trim().split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        return new BenchmarkOptions(clients, lifecycles, duration, nodes, warmUp, pgbench, jvm,
                text("benchmark.synchronousCommit", "on"), Duration.ofMinutes(30));
    }

    public LoadPlan plan() {
        return new LoadPlan(clients, lifecycles, duration);
    }

    public String describePlan() {
        String count = lifecycles > 0 ? lifecycles + " lifecycles" : "";
        String time = duration.isZero() ? "" : duration.toSeconds() + " s";
        return count + (count.isEmpty() || time.isEmpty() ? "" : " or ") + time + " per run, whichever ends first";
    }

    /** A property's value; unset and empty (as the Maven profile hands on an option not given) mean the default. */
    private static String text(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value.trim();
    }

    static Duration duration(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            return Duration.ZERO;
        }
        if (value.startsWith("pt")) {
            return Duration.parse(value.toUpperCase(java.util.Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }
}
