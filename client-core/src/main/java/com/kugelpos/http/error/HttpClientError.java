package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;

import java.util.Optional;

/**
 * The root of every failure of a service call: the specification's {@code HttpClientError}.
 *
 * <p>It carries the HTTP status code and response text (bounded, with secrets masked) when a
 * response was received, and always the service, method, path template and the number of attempts
 * made. Subclasses tell the failures without a response apart: {@link CircuitBreakerOpenException},
 * {@link DeadlineExceededException}, {@link ConnectionFailureException} and {@link
 * NoFreeConnectionException}.
 */
public class HttpClientError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The status code of failures that received no HTTP response. */
    public static final int NO_STATUS = 0;

    private final int statusCode;
    private final String responseText;
    private final String service;
    private final String method;
    private final String path;
    private final int attempts;

    /**
     * Creates an error for a call that received an HTTP response with an error status.
     *
     * @param responseText the response body, already bounded and masked by the caller
     */
    public HttpClientError(CallDescription call, int statusCode, String responseText, int attempts) {
        this(call, statusCode, responseText, attempts,
                call + " failed with HTTP " + statusCode + " after " + plural(attempts), null);
    }

    /** Creates an error with a message of the subclass's choosing. */
    protected HttpClientError(
            CallDescription call, int statusCode, String responseText, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.responseText = responseText == null ? "" : responseText;
        this.service = call.service();
        this.method = call.method().name();
        this.path = call.pathTemplate();
        this.attempts = attempts;
    }

    /** The HTTP status code, or {@link #NO_STATUS} when no response was received. */
    public int statusCode() {
        return statusCode;
    }

    /** The response body (bounded, secrets masked), empty when there was none. */
    public String responseText() {
        return responseText;
    }

    /** The called service, e.g. {@code master-data}. */
    public String service() {
        return service;
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template of the call, e.g. {@code /api/v1/tenants/{tenantId}/items}. */
    public String path() {
        return path;
    }

    /** Attempts made, the first included; 0 when none was sent. */
    public int attempts() {
        return attempts;
    }

    /** The status code, if a response was received. */
    public Optional<Integer> status() {
        return statusCode == NO_STATUS ? Optional.empty() : Optional.of(statusCode);
    }

    /** Whether the error carries a 4xx response, which is never retried and never trips a breaker. */
    public boolean isClientError() {
        return statusCode >= 400 && statusCode < 500;
    }

    /** Whether the error carries a 5xx response. */
    public boolean isServerError() {
        return statusCode >= 500;
    }

    static String plural(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }
}
