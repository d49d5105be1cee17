package com.kugelpos.http.internal.resilience;

/**
 * An adaptive concurrency limit for one service, by the latency gradient (in the manner of Netflix
 * concurrency-limits' Gradient2): each attempt's latency feeds a short average (about the last 10
 * attempts) and a long one (about the last 600); their ratio, times a tolerance of 1.5 and clamped
 * to [0.5, 1], scales the limit, and a queue allowance of the limit's square root lets it grow
 * while latency holds. The result is smoothed (a fifth of each step) and kept within [min, max].
 * A failed attempt (timeout, 5xx, connection failure) cuts the limit by a tenth at once (as AIMD
 * does), so overload that shows as errors rather than latency shrinks it too; its latency is not
 * taken in. The limit grows only while at
 * least half of it is in use, so an idle service does not inflate it. When the long average is
 * more than twice the short one (load dropped), the long one is pulled down by 5 % per attempt so
 * it follows. Thread-safe.
 */
public final class GradientLimit {

    private static final double SHORT_WINDOW = 10;
    private static final double LONG_WINDOW = 600;
    private static final double TOLERANCE = 1.5;
    private static final double SMOOTHING = 0.2;
    private static final double FAILURE_CUT = 0.9;

    private final int minLimit;
    private final int maxLimit;
    private double limit;
    private double shortRtt;
    private double longRtt;

    /** A limit starting at {@code initial}, kept within [{@code min}, {@code max}]. */
    public GradientLimit(int initial, int min, int max) {
        this.minLimit = min;
        this.maxLimit = Math.max(min, max);
        this.limit = Math.max(min, Math.min(initial, maxLimit));
    }

    /** The limit now, at least 1. */
    public synchronized int limit() {
        return (int) limit;
    }

    /** The short average of recent attempt latencies in nanoseconds (about the last 10), or 0 before the first. */
    public synchronized long shortLatencyNanos() {
        return (long) shortRtt;
    }

    /**
     * Takes in one attempt's end.
     *
     * @param latencyNanos how long it took
     * @param failed whether it failed (timeout, 5xx, connection failure)
     * @param inFlight the attempts in flight when it ended, itself included
     */
    public synchronized void onAttempt(long latencyNanos, boolean failed, int inFlight) {
        if (failed) {
            limit = Math.max(minLimit, limit * FAILURE_CUT);
            return;
        }
        double sample = Math.max(1, latencyNanos);
        shortRtt = shortRtt == 0 ? sample : shortRtt + (sample - shortRtt) / SHORT_WINDOW;
        longRtt = longRtt == 0 ? sample : longRtt + (sample - longRtt) / LONG_WINDOW;
        if (longRtt / shortRtt > 2) {
            longRtt *= 0.95;
        }
        if (inFlight < limit / 2) {
            return;
        }
        double gradient = Math.max(0.5, Math.min(1.0, TOLERANCE * longRtt / shortRtt));
        double target = limit * gradient + Math.sqrt(limit);
        double next = limit * (1 - SMOOTHING) + target * SMOOTHING;
        limit = Math.max(minLimit, Math.min(maxLimit, next));
    }
}
