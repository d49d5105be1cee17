package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;

/**
 * Client-side throttling by the service's recent accept rate (Google SRE, "Handling Overload"):
 * over the last 10 s (two halves that roll on the injected clock) it counts the attempts the client
 * sent and those the service accepted (answered below 500, not 429), and rejects a new attempt
 * locally with probability {@code max(0, (requests - K × accepts) / (requests + 1))}. A healthy
 * service is never throttled; one that rejects most requests gets only about {@code K} requests
 * per accepted one. Thread-safe.
 */
public final class AcceptRateThrottle {

    private static final long HALF_NANOS = Duration.ofSeconds(5).toNanos();

    private final TimeSource time;
    private long currentStart;
    private long requests;
    private long accepts;
    private long previousRequests;
    private long previousAccepts;

    /** A throttle with nothing counted yet, on {@code time}. */
    public AcceptRateThrottle(TimeSource time) {
        this.time = time;
        this.currentStart = time.nanoTime();
    }

    /**
     * The probability that a new attempt is rejected now, for the multiplier {@code k}.
     *
     * @param k requests allowed per accepted one, 1 or more
     */
    public synchronized double rejectProbability(double k) {
        roll();
        long sent = requests + previousRequests;
        long accepted = accepts + previousAccepts;
        return Math.max(0, (sent - k * accepted) / (sent + 1));
    }

    /** Counts one attempt that was sent, and whether the service accepted it. */
    public synchronized void onAttempt(boolean accepted) {
        roll();
        requests++;
        if (accepted) {
            accepts++;
        }
    }

    private void roll() {
        long elapsed = time.nanoTime() - currentStart;
        if (elapsed < HALF_NANOS) {
            return;
        }
        boolean oneHalf = elapsed < 2 * HALF_NANOS;
        previousRequests = oneHalf ? requests : 0;
        previousAccepts = oneHalf ? accepts : 0;
        requests = 0;
        accepts = 0;
        currentStart += (elapsed / HALF_NANOS) * HALF_NANOS;
    }
}
