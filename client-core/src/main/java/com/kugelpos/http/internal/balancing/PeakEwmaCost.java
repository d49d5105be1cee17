package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.spi.TimeSource;
import java.util.function.ToDoubleFunction;

/**
 * The cost of the peak-EWMA policy: what one more attempt to an instance is expected to cost, its
 * {@link PeakEwma} estimate of latency per attempt in flight (see {@link EndpointSet#attemptEnded})
 * times its attempts in flight plus one. An instance without a
 * latency sample yet costs nothing while it has no attempt in flight (so a new instance is tried at
 * once) and more than any sampled one while it has (so calls do not pile onto an instance that has
 * not answered yet). Thread-safe.
 */
final class PeakEwmaCost implements ToDoubleFunction<Endpoint> {

    /** The cost of an unsampled instance with attempts in flight, in nanoseconds: about 39 hours. */
    private static final double UNSAMPLED_BUSY_COST = (double) (Long.MAX_VALUE >> 16);

    private final TimeSource time;

    PeakEwmaCost(TimeSource time) {
        this.time = time;
    }

    @Override
    public double applyAsDouble(Endpoint endpoint) {
        int inFlight = endpoint.inFlight();
        PeakEwma latency = endpoint.latency();
        if (!latency.isSampled()) {
            return inFlight == 0 ? 0 : UNSAMPLED_BUSY_COST + inFlight;
        }
        return latency.estimate(time.nanoTime()) * (inFlight + 1);
    }
}
