package com.kugelpos.http.event;

/** How one attempt ended, as the client's outcome classifier sees it. */
public enum AttemptOutcome {
    /** A response with a status below 400. */
    SUCCESS,
    /** A 4xx response: the request was wrong; never retried, never a failure of the service. */
    CLIENT_ERROR,
    /** A 5xx response. */
    SERVER_ERROR,
    /** No request reached the server (connection refused, connect timeout, unknown host). */
    NOT_SENT,
    /** The request may have been processed but no usable response came (timeout, reset, truncated body). */
    FAILED_AFTER_SEND,
    /** A failure that another attempt cannot cure (TLS handshake, an unexpected error). */
    PERMANENT_FAILURE,
    /** The call was cancelled while the attempt was under way; the exchange was aborted. */
    CANCELLED;

    /** Whether an attempt that ended so got no HTTP response. */
    public boolean isWithoutResponse() {
        return this == NOT_SENT || this == FAILED_AFTER_SEND || this == PERMANENT_FAILURE || this == CANCELLED;
    }
}
