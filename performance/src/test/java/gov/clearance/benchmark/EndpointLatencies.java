package gov.clearance.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How long each endpoint took to answer, as its callers saw it (retries included), by the endpoint's
 * path template ({@code POST /api/staff/referrals/{id}/position}).
 */
public final class EndpointLatencies {

    /**
     * The latency distribution of one endpoint, in milliseconds.
     *
     * @param calls how many calls were timed
     */
    public record Percentiles(long calls, double p50, double p95, double p99, double max) {
    }

    private final ConcurrentMap<String, Samples> samples = new ConcurrentHashMap<>();

    public void record(String endpoint, long nanos) {
        samples.computeIfAbsent(endpoint, any -> new Samples()).add(nanos);
    }

    /** Each endpoint's percentiles, by endpoint. */
    public Map<String, Percentiles> percentiles() {
        Map<String, Percentiles> result = new TreeMap<>();
        samples.forEach((endpoint, timings) -> result.put(endpoint, timings.percentiles()));
        return result;
    }

    private static final class Samples {

        private long[] nanos = new long[256];
        private int size;

        synchronized void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        synchronized Percentiles percentiles() {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            return new Percentiles(size, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1] / 1e6);
        }

        private static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            // nearest rank
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
