package com.kugelpos.http.internal.balancing;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of a service: its base URL, the attempts in flight to it, whether the health checks
 * find it healthy and whether outlier detection has ejected it. The {@link OutlierDetector} and the
 * {@link HealthChecker} change its state; load balancers read it. Thread-safe.
 */
public final class Endpoint {

    private final URI uri;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean healthy = true;
    private volatile long ejectedUntilNanos;
    private volatile boolean ejected;

    /** @param uri the instance's base URL */
    public Endpoint(URI uri) {
        this.uri = uri;
    }

    /** The instance's base URL. */
    public URI uri() {
        return uri;
    }

    /** Attempts sent to this instance that have not ended yet. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Whether the last health checks passed (true until they fail, and when checks are off). */
    public boolean isHealthy() {
        return healthy;
    }

    /** Whether outlier detection keeps this instance out at {@code nowNanos}. */
    public boolean isEjected(long nowNanos) {
        return ejected && nowNanos - ejectedUntilNanos < 0;
    }

    /** When the ejection of this instance ends, on the nano clock; meaningful while {@link #isEjected(long)}. */
    public long ejectedUntilNanos() {
        return ejectedUntilNanos;
    }

    /** Whether calls may go to this instance at {@code nowNanos}: healthy and not ejected. */
    public boolean isUsable(long nowNanos) {
        return healthy && !isEjected(nowNanos);
    }

    void attemptStarted() {
        inFlight.incrementAndGet();
    }

    void attemptEnded() {
        inFlight.decrementAndGet();
    }

    void healthy(boolean value) {
        healthy = value;
    }

    void ejectUntil(long nanos) {
        ejectedUntilNanos = nanos;
        ejected = true;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
