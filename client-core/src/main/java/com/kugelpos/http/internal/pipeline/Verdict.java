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
 * @param countsAgainstBreaker whether the service's breaker counts it as a failure (else as a success)
 * @param countsAgainstInstance whether outlier detection counts it against the instance
 * @param reason short text for logs and messages, with no secrets, e.g. {@code HTTP 503} or {@code connection refused}
 * @param retryAfter the delay a 503 or 429 asked for, or null
 */
public record Verdict(AttemptOutcome outcome, boolean retryable, boolean countsAgainstBreaker,
        boolean countsAgainstInstance, String reason, Duration retryAfter) {

    /** Whether the attempt failed (anything but a status below 400). */
    public boolean isFailure() {
        return outcome != AttemptOutcome.SUCCESS;
    }

    /** The delay the response asked for before a retry, if any. */
    public Optional<Duration> requestedDelay() {
        return Optional.ofNullable(retryAfter);
    }
}
