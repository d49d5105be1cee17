package com.kugelpos.http.resilience;

import java.time.Instant;

/** One change of a breaker's state, published to {@link CircuitBreakerListener}s. */
public record CircuitTransition(String service, CircuitState from, CircuitState to, Instant at) {}
