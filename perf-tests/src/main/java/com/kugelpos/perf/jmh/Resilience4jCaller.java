package com.kugelpos.perf.jmh;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * The peer: Resilience4j's retry, circuit breaker and bulkhead decorating a raw call, configured
 * like client-core's defaults (3 attempts 200 ms apart, open after 3 failures in a row for 60 s
 * with one probe, 100 calls at once).
 */
final class Resilience4jCaller implements HttpCaller {

    private final HttpCaller inner;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resilience4j-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final Supplier<CompletionStage<Object>> decorated;

    /** @param inner the undecorated call */
    Resilience4jCaller(HttpCaller inner) {
        this.inner = inner;
        Retry retry = Retry.of(ClientCoreCaller.SERVICE, RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(200))
                .build());
        CircuitBreaker breaker = CircuitBreaker.of(ClientCoreCaller.SERVICE, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(3)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(100)
                .waitDurationInOpenState(Duration.ofSeconds(60))
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        Bulkhead bulkhead = Bulkhead.of(ClientCoreCaller.SERVICE, BulkheadConfig.custom()
                .maxConcurrentCalls(100)
                .build());
        this.decorated = Retry.decorateCompletionStage(retry, scheduler,
                CircuitBreaker.decorateCompletionStage(breaker,
                        Bulkhead.decorateCompletionStage(bulkhead, this::callInner)));
    }

    @Override
    public CompletableFuture<?> call() {
        return decorated.get().toCompletableFuture();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        inner.close();
    }

    @SuppressWarnings("unchecked")
    private CompletionStage<Object> callInner() {
        return (CompletionStage<Object>) inner.call();
    }
}
