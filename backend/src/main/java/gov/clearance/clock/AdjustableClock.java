package gov.clearance.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, moved forward by however much tests or a demo asked for. It never goes back. */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves time forward; returns how far the clock is now ahead of the system clock. */
    Duration advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward");
        }
        return offset.accumulateAndGet(by, Duration::plus);
    }

    /** How far this clock is ahead of the system clock. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
