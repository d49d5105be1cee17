package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The service's circuit breaker: an attempt goes on only with a permit, else it is refused with a
 * {@link CircuitBreakerOpenException} and sends nothing. The permit records the attempt's verdict
 * (a failure, or a success that resets the count), or is given back when a stage below refused
 * the attempt. Above the connection cap, so that an open breaker never waits for a connection.
 */
final class BreakerStage implements AttemptStage {

    private final CircuitBreaker breaker;

    BreakerStage(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        Optional<CircuitBreaker.Permit> granted = breaker.tryAcquire();
        if (granted.isEmpty()) {
            return CompletableFuture.completedFuture(new AttemptResult.Refused(new CircuitBreakerOpenException(
                    attempt.call().description(), breaker.state().name(), breaker.retryIn(), attempt.call().sent())));
        }
        CircuitBreaker.Permit permit = granted.get();
        return next.proceed(attempt).whenComplete((result, unexpected) -> {
            if (result instanceof AttemptResult.Answered answered) {
                record(permit, answered.verdict());
            } else if (result instanceof AttemptResult.Failed failed) {
                record(permit, failed.verdict());
            } else {
                permit.release();
            }
        });
    }

    private static void record(CircuitBreaker.Permit permit, Verdict verdict) {
        if (verdict.countsAgainstBreaker()) {
            permit.onFailure();
        } else {
            permit.onSuccess();
        }
    }
}
