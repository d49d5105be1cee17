package com.kugelpos.http.event;

/**
 * Observes the client: attempts, retries, hedges, cache look-ups, logical calls, breaker transitions and
 * instance changes. Every method has a no-op default, so new kinds of events do not break existing
 * listeners. Listeners run on the client's I/O and timer threads: they must be fast, and an
 * exception they throw is logged and ignored.
 */
public interface ClientEventListener {

    /** A listener that does nothing. */
    ClientEventListener NONE = new ClientEventListener() {};

    /** One attempt ended, with a response or with a failure. */
    default void onAttempt(AttemptEvent event) {}

    /** A failed attempt will be retried after a delay. */
    default void onRetry(RetryEvent event) {}

    /** A slow idempotent call got a second attempt in parallel (hedging). */
    default void onHedge(HedgeEvent event) {}

    /** A failed attempt would have been retried, but the retry budget is spent: the call ends. */
    default void onRetryDenied(RetryDeniedEvent event) {}

    /** The client shed an attempt before sending it (adaptive concurrency limit or throttling). */
    default void onLoadShed(LoadShedEvent event) {}

    /** A GET went through the response cache. */
    default void onCacheLookup(CacheEvent event) {}

    /** A logical call ended, with success or with the error it fails with. */
    default void onCall(CallEvent event) {}

    /** A service's circuit breaker changed state. */
    default void onBreakerTransition(BreakerTransitionEvent event) {}

    /** Outlier detection ejected one instance of a service. */
    default void onInstanceEjected(InstanceEjectedEvent event) {}

    /** Health checks found one instance of a service healthy again, or unhealthy. */
    default void onInstanceHealth(InstanceHealthEvent event) {}

    /** A service's instance choice entered or left panic mode. */
    default void onPanicMode(PanicModeEvent event) {}
}
