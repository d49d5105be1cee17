package com.kugelpos.http.config;

/** What a circuit breaker counts as one success or one failure ({@code CIRCUIT_BREAKER_COUNTS}). */
public enum BreakerCounting {
    /**
     * Logical calls, {@code calls} (the default): a call that fails after all its attempts is one
     * failure, a call that succeeds on a retry is one success; so one bad request or one dead instance
     * of several cannot open the breaker of the whole service by itself.
     */
    CALLS,
    /** Every attempt on its own, retries included, {@code attempts} (the behaviour before logical-call counting). */
    ATTEMPTS
}
