package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

import java.time.Duration;

/**
 * The service's circuit breaker is open (or half-open with its probe under way): the call failed at
 * once, without network I/O. The message names the service and when the breaker lets a probe through.
 */
public class CircuitBreakerOpenException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    private final Duration retryIn;

    /**
     * @param retryIn how long until the breaker lets a probe through (zero when half-open)
     * @param state the breaker's state as text, e.g. {@code OPEN}
     */
    public CircuitBreakerOpenException(CallDescription call, String state, Duration retryIn, int attempts) {
        super(call, NO_STATUS, "", attempts, message(call, state, retryIn), null);
        this.retryIn = retryIn;
    }

    /** How long until the breaker lets a probe through. */
    public Duration retryIn() {
        return retryIn;
    }

    private static String message(CallDescription call, String state, Duration retryIn) {
        String when = retryIn.isZero()
                ? "a probe call is under way; retry when it has ended"
                : "it will let a probe through in " + retryIn.toMillis() + " ms";
        return "Circuit breaker for service '" + call.service() + "' is " + state + ": " + call
                + " was not sent; " + when;
    }
}
