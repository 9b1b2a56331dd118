package gov.clearance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link LoadPlan}: its clients, each a thread of its own, run lifecycles back to back until
 * the plan's count or time is reached; a failed lifecycle is counted and the client goes on with the
 * next. Stops by itself: no lifecycle starts after the plan's time or the hard limit, and clients still
 * busy a grace period after that are abandoned (and reported).
 */
final class ConcurrentClients {

    private static final int KEPT_FAILURES = 10;

    /** One whole lifecycle; throws when it cannot finish. */
    @FunctionalInterface
    interface Lifecycle {
        void run(int number) throws Exception;
    }

    private ConcurrentClients() {
    }

    private static final Duration GRACE = Duration.ofMinutes(3);

    static LoadResult run(LoadPlan plan, Lifecycle lifecycle, Duration hardLimit, ClusterApi api,
            EndpointLatencies endpoints) throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        EndpointLatencies whole = new EndpointLatencies();
        long retriesBefore = api == null ? 0 : api.retries();
        long begin = System.nanoTime();
        Duration window = plan.duration().isZero() || plan.duration().compareTo(hardLimit) > 0 ? hardLimit
                : plan.duration();
        long stopStarting = begin + window.toNanos();
        int limit = plan.lifecycles() > 0 ? plan.lifecycles() : Integer.MAX_VALUE;
        ExecutorService clients = Executors.newFixedThreadPool(plan.clients(), runnable -> {
            Thread thread = new Thread(runnable, "lifecycle-client");
            thread.setDaemon(true);
            return thread;
        });
        for (int client = 0; client < plan.clients(); client++) {
            clients.submit(() -> {
                while (System.nanoTime() < stopStarting && !Thread.currentThread().isInterrupted()) {
                    int number = started.getAndIncrement();
                    if (number >= limit) {
                        return;
                    }
                    long start = System.nanoTime();
                    try {
                        lifecycle.run(number);
                        completed.incrementAndGet();
                        whole.record("lifecycle", System.nanoTime() - start);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception | AssertionError e) {
                        failed.incrementAndGet();
                        if (failures.size() < KEPT_FAILURES) {
                            failures.add("lifecycle " + number + ": " + e);
                        }
                    }
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(window.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS)) {
            clients.shutdownNow();
            failures.add("clients still busy " + GRACE + " after the plan's end; abandoned");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Map<String, EndpointLatencies.Percentiles> lifecycles = whole.percentiles();
        return new LoadResult(plan.clients(), completed.get(), failed.get(), List.copyOf(failures), elapsed,
                api == null ? 0 : api.retries() - retriesBefore,
                lifecycles.getOrDefault("lifecycle", new EndpointLatencies.Percentiles(0, 0, 0, 0, 0)),
                endpoints == null ? Map.of() : endpoints.percentiles());
    }
}
