package com.kugelpos.http.internal.balancing;

/**
 * A peak-sensitive, exponentially weighted moving average of one instance's attempt latency, as
 * Finagle's and Linkerd's peak-EWMA balancers keep it: a sample above the estimate replaces it at
 * once (so an instance that turns slow is avoided after its first slow answer), a lower one is
 * blended in with the weight {@code 1 - e^(-elapsed/decay)}, and between samples the estimate falls
 * by {@code e^(-elapsed/decay)}, so an instance that was left alone for being slow is tried again
 * after a while. Reading it changes nothing. Times come from the caller (the injected clock).
 * Thread-safe.
 */
final class PeakEwma {

    private final double decayNanos;
    private double estimateNanos;
    private long stampNanos;
    private boolean sampled;

    /** @param decayNanos the time in which a sample's weight falls to 1/e, above zero */
    PeakEwma(long decayNanos) {
        this.decayNanos = decayNanos;
    }

    /** Takes in the latency of one attempt that ended at {@code nowNanos}. */
    synchronized void observe(long latencyNanos, long nowNanos) {
        double sample = Math.max(0, latencyNanos);
        if (!sampled) {
            estimateNanos = sample;
            sampled = true;
        } else {
            double weight = weight(nowNanos);
            estimateNanos = Math.max(sample, estimateNanos * weight + sample * (1 - weight));
        }
        stampNanos = nowNanos;
    }

    /**
     * Takes in an attempt that failed at {@code nowNanos} after {@code latencyNanos}: it may raise the
     * estimate but never lowers it, so an instance that fails fast never looks fast.
     */
    synchronized void observeFailure(long latencyNanos, long nowNanos) {
        observe(Math.max(latencyNanos, (long) estimate(nowNanos)), nowNanos);
    }

    /** Whether any attempt has been taken in. */
    synchronized boolean isSampled() {
        return sampled;
    }

    /** The estimate at {@code nowNanos}, in nanoseconds; 0 before the first sample. */
    synchronized double estimate(long nowNanos) {
        return sampled ? estimateNanos * weight(nowNanos) : 0;
    }

    /** The weight left to the estimate of {@link #stampNanos} at {@code nowNanos}. */
    private double weight(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - stampNanos);
        return Math.exp(-elapsed / decayNanos);
    }
}
