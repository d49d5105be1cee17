package com.kugelpos.http.internal.resilience;

import java.time.Duration;

/**
 * Exponential backoff with "equal jitter", as a pure function: before retry {@code n} (1-based) the
 * delay is {@code e/2 + jitter × e/2}, where {@code e = min(cap, base × 2^(n-1))} and {@code jitter}
 * is in [0, 1). Half of the delay is fixed, so retries never bunch up at zero; the other half spreads
 * callers apart. Thread-safe.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;

    /** @param base the exponential delay before the first retry; @param cap the largest delay */
    public Backoff(Duration base, Duration cap) {
        this.base = base;
        this.cap = cap;
    }

    /**
     * The delay before retry {@code retryNumber}.
     *
     * @param retryNumber 1 for the first retry (the second attempt)
     * @param jitter a random number in [0, 1)
     */
    public Duration delayBefore(int retryNumber, double jitter) {
        if (retryNumber < 1) {
            throw new IllegalArgumentException("retryNumber starts at 1, but was " + retryNumber);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), but was " + jitter);
        }
        long capNanos = cap.toNanos();
        int doublings = Math.min(retryNumber - 1, 62);
        long exponential = base.toNanos() > (capNanos >> doublings) ? capNanos : base.toNanos() << doublings;
        long half = Math.min(exponential, capNanos) / 2;
        return Duration.ofNanos(half + (long) (jitter * half));
    }
}
