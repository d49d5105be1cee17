package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.Deadline;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.config.HedgingSettings;
import com.kugelpos.http.internal.balancing.Endpoint;
import com.kugelpos.http.internal.resilience.RecentLatencies;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The hedging policy of one service: which calls may be hedged (GET, or any method with an {@code
 * Idempotency-Key}), and after how long: the service's recent attempt latency at the settings'
 * percentile, never below the minimum delay, and not before {@value #MIN_SAMPLES} latencies of the
 * last 10 s are known. Made only when hedging is on. Thread-safe.
 */
final class Hedging {

    /** Latencies the window must hold before a call is hedged. */
    static final int MIN_SAMPLES = 100;

    private static final Duration WINDOW = Duration.ofSeconds(10);

    private final HedgingSettings settings;
    private final int maxAttempts;
    private final RecentLatencies latencies;

    /** @param maxAttempts the attempts a call may have, hedges included */
    Hedging(HedgingSettings settings, int maxAttempts, TimeSource time) {
        this.settings = settings;
        this.maxAttempts = maxAttempts;
        this.latencies = new RecentLatencies(WINDOW, time);
    }

    /**
     * The wait before hedging attempt {@code number} of {@code request}, or empty when it may not be
     * hedged: not idempotent, no attempt left, too few latencies known, or the wait not shorter than
     * the {@code remaining} time of the call.
     */
    Optional<Duration> delayFor(PreparedRequest request, int number, Duration remaining) {
        if ((request.method() != HttpMethod.GET && !request.hasIdempotencyKey()) || number >= maxAttempts) {
            return Optional.empty();
        }
        return latencies.percentile(settings.delayPercentile(), MIN_SAMPLES)
                .map(latency -> latency.compareTo(settings.minDelay()) < 0 ? settings.minDelay() : latency)
                .filter(delay -> delay.compareTo(remaining) < 0);
    }

    /**
     * Whether a hedge may go now: the breaker CLOSED, a usable instance left that the call has not
     * tried, time left, and a retry granted by the retry budget (taken when it says yes).
     */
    boolean mayHedgeNow(ServiceChannel channel, Set<Endpoint> tried, Deadline deadline) {
        return channel.breaker().state() == CircuitState.CLOSED && channel.endpointSet().hasUsableUntried(tried)
                && !deadline.isExpired() && channel.retryBudget().tryAcquireRetry();
    }

    /**
     * Counts how long an attempt took if it answered, or lost to the other attempt of its call (its
     * time until it was aborted, a lower bound, so the slow tail is not forgotten).
     */
    void record(Attempt attempt, AttemptResult outcome) {
        boolean lost = outcome instanceof AttemptResult.Cancelled
                && LogicalCall.LOST_TO_HEDGE.equals(attempt.abortReason());
        Duration latency = attempt.duration();
        if ((outcome instanceof AttemptResult.Answered || lost) && !latency.isZero()) {
            latencies.record(latency);
        }
    }
}
