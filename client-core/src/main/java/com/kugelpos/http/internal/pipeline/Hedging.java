package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.config.HedgingSettings;
import com.kugelpos.http.internal.resilience.RecentLatencies;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.Optional;

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
    private final RecentLatencies latencies;

    Hedging(HedgingSettings settings, TimeSource time) {
        this.settings = settings;
        this.latencies = new RecentLatencies(WINDOW, time);
    }

    /** The wait before hedging {@code request}, or empty when it may not be hedged now. */
    Optional<Duration> delayFor(PreparedRequest request) {
        if (request.method() != HttpMethod.GET && !request.hasIdempotencyKey()) {
            return Optional.empty();
        }
        return latencies.percentile(settings.delayPercentile(), MIN_SAMPLES)
                .map(latency -> latency.compareTo(settings.minDelay()) < 0 ? settings.minDelay() : latency);
    }

    /**
     * Counts how long an attempt took: one that answered, or one that lost to the other attempt of
     * its call (its time until it was aborted, a lower bound, so the slow tail is not forgotten).
     */
    void record(Duration latency) {
        if (!latency.isZero()) {
            latencies.record(latency);
        }
    }
}
