package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.config.LoadBalancingSettings;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance of a service: its base URL, the attempts in flight to it, its latency estimate (kept
 * for latency-aware balancing only), whether the health checks find it healthy and whether outlier
 * detection has ejected it. The {@link OutlierDetector} and the {@link HealthChecker} change its
 * state; load balancers read it. Thread-safe.
 */
public final class Endpoint {

    private final URI uri;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final PeakEwma latency;
    private volatile boolean healthy = true;
    private volatile long ejectedUntilNanos;
    private volatile boolean ejected;

    /**
     * @param uri the instance's base URL
     * @param latencyDecay the decay time of its latency estimate
     */
    public Endpoint(URI uri, Duration latencyDecay) {
        this.uri = uri;
        this.latency = new PeakEwma(latencyDecay.toNanos());
    }

    /** An instance whose latency estimate decays as {@link LoadBalancingSettings#DEFAULTS} say. */
    public Endpoint(URI uri) {
        this(uri, LoadBalancingSettings.DEFAULTS.peakEwmaDecay());
    }

    /** The instance's base URL. */
    public URI uri() {
        return uri;
    }

    /** Attempts sent to this instance that have not ended yet. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Its peak-EWMA latency estimate, taken in only while the service balances by latency. */
    PeakEwma latency() {
        return latency;
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

    /** Counts one more attempt in flight; returns the attempts in flight with it. */
    int attemptStarted() {
        return inFlight.incrementAndGet();
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
