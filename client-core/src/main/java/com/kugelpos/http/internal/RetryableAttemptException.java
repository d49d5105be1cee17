package com.kugelpos.http.internal;

import com.kugelpos.http.error.HttpClientError;
import java.time.Duration;

/**
 * Tells Failsafe that an attempt failed in a way that may be retried, after {@link #delay()}. It
 * carries the error the call ends with if it is not retried. Never seen by callers.
 */
final class RetryableAttemptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HttpClientError failure;
    private final Duration delay;

    RetryableAttemptException(HttpClientError failure, Duration delay) {
        super(failure.getMessage(), failure, false, false);
        this.failure = failure;
        this.delay = delay;
    }

    HttpClientError failure() {
        return failure;
    }

    Duration delay() {
        return delay;
    }
}
