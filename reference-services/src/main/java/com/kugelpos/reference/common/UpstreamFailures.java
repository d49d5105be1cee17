package com.kugelpos.reference.common;

import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.error.LoadShedException;
import com.kugelpos.http.error.NoFreeConnectionException;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ErrorCodes;
import com.kugelpos.reference.http.Stages;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a failed upstream call into the gateway status the caller sees: a call that client-core's
 * overload protection shed before sending it is 503 with {@code Retry-After: 1}; a timeout (call
 * deadline or response timeout of the last attempt) is 504; an
 * unreachable service, an open circuit or no free connection is 503; any other error response
 * (5xx, or a 4xx the caller could not have caused) is 502. Never 404: the original's weakness of
 * reporting an upstream failure as "not found" is not repeated. Callers handle the statuses that
 * mean something to them (e.g. 404 = unknown item) before falling back to this.
 */
public final class UpstreamFailures {

    /** The {@code Retry-After} in seconds of the 503 answering a shed call: overload passes quickly or not at all. */
    static final String SHED_RETRY_AFTER_SECONDS = "1";

    private UpstreamFailures() {}

    /** The upstream HTTP status of {@code failure}, or 0 when no response was received. */
    public static int status(Throwable failure) {
        return Stages.unwrap(failure) instanceof HttpClientError error ? error.statusCode() : 0;
    }

    /** The gateway failure for {@code failure}; an {@link ApiException} passes through unchanged. */
    public static ApiException toApiException(Throwable failure) {
        Throwable cause = Stages.unwrap(failure);
        if (cause instanceof ApiException apiException) {
            return apiException;
        }
        if (cause instanceof LoadShedException shed) {
            return new ApiException(503, ErrorCodes.UPSTREAM_UNAVAILABLE,
                    "the call to " + shed.service() + " was shed locally by overload protection and not sent ("
                            + shed.reason().tagValue() + ", " + shed.priority().name().toLowerCase(Locale.ROOT)
                            + " priority); retry after " + SHED_RETRY_AFTER_SECONDS + " s",
                    Map.of("Retry-After", SHED_RETRY_AFTER_SECONDS));
        }
        if (cause instanceof DeadlineExceededException || (cause instanceof HttpClientError && isResponseTimeout(cause))) {
            HttpClientError error = (HttpClientError) cause;
            return new ApiException(504, ErrorCodes.UPSTREAM_TIMEOUT,
                    error.service() + " did not answer in time (" + error.attempts() + " attempts)");
        }
        if (cause instanceof CircuitBreakerOpenException
                || cause instanceof ConnectionFailureException
                || cause instanceof NoFreeConnectionException) {
            HttpClientError error = (HttpClientError) cause;
            return new ApiException(503, ErrorCodes.UPSTREAM_UNAVAILABLE,
                    error.service() + " is unavailable (" + cause.getClass().getSimpleName() + ")");
        }
        if (cause instanceof HttpClientError error) {
            return new ApiException(502, ErrorCodes.UPSTREAM_BAD_GATEWAY,
                    error.service() + " answered " + error.method() + " " + error.path() + " with HTTP "
                            + error.statusCode() + " after " + error.attempts() + " attempts");
        }
        return new ApiException(502, ErrorCodes.UPSTREAM_BAD_GATEWAY,
                "upstream call failed (" + cause.getClass().getSimpleName() + ")");
    }

    /** Whether a response (not a connect) timed out somewhere in the cause chain. */
    private static boolean isResponseTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
                return true;
            }
        }
        return false;
    }
}
