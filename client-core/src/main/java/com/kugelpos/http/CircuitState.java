package com.kugelpos.http;

/** The states of a service's circuit breaker, as the specification names them. */
public enum CircuitState {
    /** Normal: calls go through; consecutive failures are counted. */
    CLOSED,
    /** Blocked: calls fail at once without network I/O until the open period ends. */
    OPEN,
    /** Recovery attempt: one probe call at a time goes through; its outcome closes or re-opens. */
    HALF_OPEN
}
