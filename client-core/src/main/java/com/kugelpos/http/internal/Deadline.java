package com.kugelpos.http.internal;

import com.kugelpos.http.time.TimeSource;
import java.time.Duration;

/** The end of a logical call's time budget, read through the injected clock. Immutable. */
public final class Deadline {

    private final TimeSource time;
    private final Duration budget;
    private final long endNanos;

    private Deadline(TimeSource time, Duration budget) {
        this.time = time;
        this.budget = budget;
        this.endNanos = time.nanoTime() + budget.toNanos();
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget, TimeSource time) {
        return new Deadline(time, budget);
    }

    /** The whole budget the call was given. */
    public Duration budget() {
        return budget;
    }

    /** Time left, zero or negative once passed. */
    public Duration remaining() {
        return Duration.ofNanos(endNanos - time.nanoTime());
    }

    /** Whether no time is left. */
    public boolean isExpired() {
        return endNanos - time.nanoTime() <= 0;
    }
}
