package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.event.AttemptOutcome;
import java.time.Duration;
import java.util.Optional;

/**
 * What one attempt's outcome means, decided once by the {@link OutcomeClassifier} and read by every
 * stage: the breaker, outlier detection, the retry loop, events, metrics and logging.
 *
 * @param outcome how the attempt ended
 * @param retryable whether another attempt may be made for this method and idempotency key
 * @param breaker what the service's breaker counts it as
 * @param countsAgainstInstance whether outlier detection counts it against the instance
 * @param reason short text for logs and messages, with no secrets, e.g. {@code HTTP 503} or {@code connection refused}
 * @param retryAfter the delay a 503 or 429 asked for, or null
 */
public record Verdict(AttemptOutcome outcome, boolean retryable, BreakerCount breaker,
        boolean countsAgainstInstance, String reason, Duration retryAfter) {

    /** What an outcome means to the service's circuit breaker. */
    public enum BreakerCount {
        /** The service works: resets the run of failures, closes a half-open breaker. */
        SUCCESS,
        /** The service failed: adds to the run of failures, re-opens a half-open breaker. */
        FAILURE,
        /** Says nothing about the service (a 4xx): not counted, the run stays as it was. */
        NEUTRAL
    }

    /** Whether the attempt failed (anything but a status below 400). */
    public boolean isFailure() {
        return outcome != AttemptOutcome.SUCCESS;
    }

    /** The delay the response asked for before a retry, if any. */
    public Optional<Duration> requestedDelay() {
        return Optional.ofNullable(retryAfter);
    }
}
