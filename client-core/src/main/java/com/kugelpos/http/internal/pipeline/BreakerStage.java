package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The service's circuit breaker: an attempt goes on only with a permit, else it is refused with a
 * {@link CircuitBreakerOpenException} and sends nothing. Above the connection cap, so that an open
 * breaker never waits for a connection.
 *
 * <p>What the breaker counts follows {@link BreakerCounting}. Counting calls (the default), the
 * first attempt's permit is the call's: the call keeps it for its retries while the breaker stays
 * in the state that granted it, and reports the call's outcome when it ends ({@link
 * #record(CircuitBreaker.Permit, Verdict)} with the last attempt's verdict). A HALF_OPEN probe is
 * the exception: its permit reports its attempt's verdict at once, so the probe is one attempt and
 * a retry of it asks the breaker again. Counting attempts, every attempt reports its own verdict. A
 * permit of an attempt that came back without an outcome (refused below, cancelled) is released.
 */
final class BreakerStage implements AttemptStage {

    private final CircuitBreaker breaker;
    private final BreakerCounting counting;

    BreakerStage(CircuitBreaker breaker, BreakerCounting counting) {
        this.breaker = breaker;
        this.counting = counting;
    }

    @Override
    public CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next) {
        LogicalCall call = attempt.call();
        CircuitBreaker.Permit held = call.breakerPermit();
        if (held != null && held.isCurrent()) {
            return next.proceed(attempt);
        }
        Optional<CircuitBreaker.Permit> granted = breaker.tryAcquire();
        if (granted.isEmpty()) {
            return CompletableFuture.completedFuture(new AttemptResult.Refused(new CircuitBreakerOpenException(
                    call.description(), breaker.state().name(), breaker.retryIn(), call.sent())));
        }
        CircuitBreaker.Permit permit = granted.get();
        if (counting == BreakerCounting.CALLS && !permit.isProbe()) {
            call.holdBreakerPermit(permit);
            return next.proceed(attempt);
        }
        attempt.permit(permit);
        return next.proceedAndReturn(attempt);
    }

    /** Reports the attempt's own verdict to the permit it held (none: released). */
    @Override
    public AttemptResult returned(Attempt attempt, AttemptResult result) {
        record(attempt.permit(), verdictOf(result));
        return result;
    }

    /** Reports {@code verdict} (null: no outcome) to {@code permit}: success, failure, or released. */
    static void record(CircuitBreaker.Permit permit, Verdict verdict) {
        if (verdict == null || verdict.breaker() == Verdict.BreakerCount.NEUTRAL) {
            permit.release();
        } else if (verdict.breaker() == Verdict.BreakerCount.FAILURE) {
            permit.onFailure();
        } else {
            permit.onSuccess();
        }
    }

    /** The verdict of an attempt that reached the transport, or null (also for no result). */
    static Verdict verdictOf(AttemptResult result) {
        if (result instanceof AttemptResult.Answered answered) {
            return answered.verdict();
        }
        if (result instanceof AttemptResult.Failed failed) {
            return failed.verdict();
        }
        return null;
    }
}
