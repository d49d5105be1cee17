package com.kugelpos.http.internal;

import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.resilience.CircuitBreaker;
import com.kugelpos.http.resilience.RetryBudget;
import com.kugelpos.http.security.TlsContexts;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything that the clients of one service share: its endpoints, one JDK HTTP client (one
 * connection pool), one connection cap, one circuit breaker and one retry executor. Thread-safe.
 */
public final class ServiceChannel {

    private final String service;
    private final List<URI> endpoints;
    private final AtomicInteger nextEndpoint = new AtomicInteger();
    private final ClientContext context;
    private final HttpClient http;
    private final ConnectionLimiter limiter;
    private final CircuitBreaker breaker;
    private final RetryBudget retryBudget;
    private final FailsafeExecutor<ServiceResponse> retrying;

    /** @param endpoints the service's base URLs, already validated */
    public ServiceChannel(String service, List<URI> endpoints, ClientContext context) {
        this.service = service;
        this.endpoints = List.copyOf(endpoints);
        this.context = context;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(context.settings().connectTimeout())
                .sslContext(TlsContexts.sslContext(context.settings()))
                .sslParameters(TlsContexts.sslParameters())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(context.executor())
                .build();
        this.limiter = new ConnectionLimiter(context.settings().maxConnections(), context.time());
        this.breaker = new CircuitBreaker(service, context.settings().circuitBreakerThreshold(),
                context.settings().circuitBreakerTimeout(), context.time());
        this.breaker.onTransition(context.listener()::circuitTransition);
        this.retryBudget = new RetryBudget(context.settings().retryBudget(), context.time());
        RetryPolicy<ServiceResponse> policy = RetryPolicy.<ServiceResponse>builder()
                .handle(RetryableAttemptException.class)
                .withMaxAttempts(context.settings().retryAttempts())
                .withDelayFn(execution -> execution.<RetryableAttemptException>getLastException().delay())
                .build();
        this.retrying = Failsafe.with(policy).with(new TimeSourceScheduler(context.time(), context.executor()));
    }

    /** The service's name. */
    public String service() {
        return service;
    }

    /** The base URL for the next attempt, taking the instances in turn. */
    URI nextEndpoint() {
        return endpoints.get(Math.floorMod(nextEndpoint.getAndIncrement(), endpoints.size()));
    }

    /** The service's base URLs. */
    public List<URI> endpoints() {
        return endpoints;
    }

    /** The shared context of the client registry. */
    public ClientContext context() {
        return context;
    }

    HttpClient http() {
        return http;
    }

    /** The service's connection cap. */
    public ConnectionLimiter limiter() {
        return limiter;
    }

    /** The service's circuit breaker. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The service's retry budget. */
    public RetryBudget retryBudget() {
        return retryBudget;
    }

    FailsafeExecutor<ServiceResponse> retrying() {
        return retrying;
    }
}
