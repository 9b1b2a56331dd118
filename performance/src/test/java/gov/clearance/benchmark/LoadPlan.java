package gov.clearance.benchmark;

import java.time.Duration;

/**
 * How much load a run puts on: {@code clients} concurrent clients, each running whole lifecycles one
 * after the other, until {@code lifecycles} have been started or {@code duration} has passed, whichever
 * comes first.
 *
 * @param lifecycles lifecycles to run in all, or 0 for as many as fit in the duration
 * @param duration how long to keep starting lifecycles, or {@link Duration#ZERO} for no time limit
 */
public record LoadPlan(int clients, int lifecycles, Duration duration) {

    public LoadPlan {
        if (clients < 1) {
            throw new IllegalArgumentException("A run needs at least one client");
        }
        if (lifecycles <= 0 && duration.isZero()) {
            throw new IllegalArgumentException("A run needs a number of lifecycles or a duration, or it never stops");
        }
    }

    /** The same clients, for a given number of lifecycles and no time limit (a warm-up). */
    public LoadPlan warmUp(int count) {
        return new LoadPlan(clients, count, Duration.ZERO);
    }
}
