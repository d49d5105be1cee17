package com.kugelpos.http.resilience;

import com.kugelpos.http.HttpMethod;

/**
 * Which failed attempts may be retried, so that a sale is never recorded twice.
 *
 * <table>
 *   <caption>Retry rules</caption>
 *   <tr><th>Outcome</th><th>GET, PUT, DELETE</th><th>POST, PATCH</th></tr>
 *   <tr><td>connection refused, connect timeout (never sent)</td><td>retry</td><td>retry</td></tr>
 *   <tr><td>503, 429 (not processed)</td><td>retry</td><td>retry</td></tr>
 *   <tr><td>response timeout, reset mid-response, 500, 502, 504, other 5xx</td>
 *       <td>retry</td><td>only with an {@code Idempotency-Key}</td></tr>
 *   <tr><td>other 4xx, TLS failures</td><td>never</td><td>never</td></tr>
 * </table>
 */
public final class RetryRules {

    private RetryRules() {}

    /** Whether an attempt that got {@code status} may be retried. */
    public static boolean mayRetry(HttpMethod method, boolean hasIdempotencyKey, int status) {
        if (status == 503 || status == 429) {
            return true;
        }
        return status >= 500 && replayIsSafe(method, hasIdempotencyKey);
    }

    /** Whether an attempt that failed without a usable response may be retried. */
    public static boolean mayRetry(HttpMethod method, boolean hasIdempotencyKey, FailureKind kind) {
        return switch (kind) {
            case NOT_SENT -> true;
            case MAYBE_PROCESSED -> replayIsSafe(method, hasIdempotencyKey);
            case PERMANENT -> false;
        };
    }

    /** Whether {@code status} counts as a failure for the circuit breaker: 5xx only, never 4xx. */
    public static boolean isBreakerFailure(int status) {
        return status >= 500;
    }

    /** Whether a status means the call failed (anything but 1xx, 2xx and 3xx). */
    public static boolean isError(int status) {
        return status >= 400;
    }

    private static boolean replayIsSafe(HttpMethod method, boolean hasIdempotencyKey) {
        return method.isIdempotent() || hasIdempotencyKey;
    }
}
