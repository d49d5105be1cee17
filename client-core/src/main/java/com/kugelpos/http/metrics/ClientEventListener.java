package com.kugelpos.http.metrics;

import com.kugelpos.http.resilience.CircuitTransition;
import java.net.URI;
import java.time.Duration;

/**
 * Observes service calls: one attempt at a time, retries, and the end of each logical call. Every
 * method has a no-op default, so new events do not break existing listeners. Listeners run on the
 * client's I/O threads: they must be fast and must not throw (an exception is logged and ignored).
 */
public interface ClientEventListener {

    /** A listener that does nothing. */
    ClientEventListener NONE = new ClientEventListener() {};

    /** One attempt ended, with a response or with a failure. */
    default void attemptFinished(AttemptEvent event) {}

    /** A failed attempt will be retried after {@code delay}. */
    default void retryScheduled(CallInfo call, int nextAttempt, Duration delay, String reason) {}

    /**
     * A failed attempt would have been retried, but the service's retry budget is spent, so the
     * call ends with that failure.
     */
    default void retryDenied(CallInfo call, int deniedAttempt, String reason) {}

    /**
     * A GET went through the response cache: {@code hit} (answered from the cache, no request),
     * {@code revalidated} (a 304 let the stored body be used) or {@code miss} (a full answer).
     */
    default void cacheLookup(CallInfo call, String outcome) {}

    /** A logical call ended; {@code failure} is null on success. */
    default void callFinished(CallInfo call, int attempts, Duration duration, Throwable failure) {}

    /** A service's breaker changed state. */
    default void circuitTransition(CircuitTransition transition) {}

    /** Outlier detection ejected one instance of a service for {@code period}. */
    default void endpointEjected(String service, URI endpoint, Duration period) {}

    /** Health checks found one instance of a service healthy again, or unhealthy. */
    default void endpointHealthChanged(String service, URI endpoint, boolean healthy) {}

    /** Identifies a logical call: service, method and path template. */
    record CallInfo(String service, String method, String endpoint) {}

    /**
     * One attempt's outcome.
     *
     * @param status the HTTP status, or 0 when the attempt got no response
     * @param failure what went wrong without a response (e.g. {@code timeout}), or null
     */
    record AttemptEvent(CallInfo call, int attempt, int status, String failure, Duration duration) {

        /** The status class for metrics: {@code 2xx}…{@code 5xx}, or {@code IO_ERROR}. */
        public String statusClass() {
            return status == 0 ? "IO_ERROR" : (status / 100) + "xx";
        }
    }
}
