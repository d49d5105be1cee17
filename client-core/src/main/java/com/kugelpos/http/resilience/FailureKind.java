package com.kugelpos.http.resilience;

/** How far a failed attempt without a usable response got, which decides whether it may be retried. */
public enum FailureKind {
    /** The request never reached the server: connection refused, connect timeout, unknown host. */
    NOT_SENT,
    /** The server may have processed it: response timeout, reset or close mid-response, truncated body. */
    MAYBE_PROCESSED,
    /** Retrying cannot help, e.g. a TLS certificate that is not trusted. */
    PERMANENT
}
