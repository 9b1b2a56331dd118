package gov.clearance.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run of lifecycles achieved.
 *
 * @param completed lifecycles that ran to their end (the license issued)
 * @param failed lifecycles abandoned on an unexpected answer or an unanswered request
 * @param failures the first few failures' messages
 * @param elapsed from the first lifecycle's start to the last one's end
 * @param retries requests sent again to another node (0 where nothing is sent over HTTP)
 * @param lifecycleLatency the time of a whole lifecycle, as one percentile entry
 * @param endpoints latency per endpoint (empty for the bare engine)
 */
public record LoadResult(int clients, int completed, int failed, List<String> failures, Duration elapsed,
        long retries, EndpointLatencies.Percentiles lifecycleLatency,
        Map<String, EndpointLatencies.Percentiles> endpoints) {

    public double lifecyclesPerSecond() {
        return elapsed.isZero() ? 0 : completed / (elapsed.toNanos() / 1e9);
    }
}
