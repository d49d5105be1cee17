package com.kugelpos.http.internal;

import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.balancing.EndpointSet;
import com.kugelpos.http.cache.ResponseCache;
import com.kugelpos.http.balancing.HealthChecker;
import com.kugelpos.http.balancing.HttpHealthProbe;
import com.kugelpos.http.balancing.LoadBalancer;
import com.kugelpos.http.balancing.OutlierDetector;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.resilience.CircuitBreaker;
import com.kugelpos.http.resilience.RetryBudget;
import com.kugelpos.http.security.TlsContexts;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything that the clients of one service share: its endpoints (with their load balancer,
 * outlier detection and health checks), one JDK HTTP client (one connection pool), one connection
 * cap, one circuit breaker, one retry budget and one retry executor. Thread-safe.
 */
public final class ServiceChannel implements AutoCloseable {

    private final String service;
    private final List<URI> endpoints;
    private final EndpointSet endpointSet;
    private final HealthChecker healthChecker;
    private final ClientContext context;
    private final HttpClient http;
    private final ConnectionLimiter limiter;
    private final CircuitBreaker breaker;
    private final RetryBudget retryBudget;
    private volatile ResponseCache<CacheKey> responseCache;
    private final FailsafeExecutor<ServiceResponse> retrying;

    /** @param endpoints the service's base URLs, already validated */
    public ServiceChannel(String service, List<URI> endpoints, ClientContext context) {
        this.service = service;
        this.endpoints = List.copyOf(endpoints);
        this.context = context;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(context.settings().timeouts().connect())
                .sslContext(TlsContexts.sslContext(context.settings()))
                .sslParameters(TlsContexts.sslParameters())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(context.executor())
                .build();
        this.limiter = new ConnectionLimiter(context.settings().pool().maxConnections(), context.time());
        this.breaker = new CircuitBreaker(service, context.settings().breaker().failureThreshold(),
                context.settings().breaker().openDuration(), context.time());
        this.breaker.onTransition(context.listener()::circuitTransition);
        this.retryBudget = new RetryBudget(context.settings().retry().budget(), context.time());
        LoadBalancingSettings balancing = context.settings().loadBalancing();
        this.endpointSet = new EndpointSet(endpoints, LoadBalancer.of(balancing.policy()),
                new OutlierDetector(service, balancing, context.time(), context.listener()), context.time());
        this.healthChecker = endpoints.size() < 2 || balancing.healthCheckInterval().isZero() ? null
                : new HealthChecker(service, endpointSet.all(), balancing, context.time(), new HttpHealthProbe(http,
                        balancing.healthCheckPath(), min(balancing.healthCheckInterval(),
                        context.settings().timeouts().response()), context.settings().request().userAgent()), context.listener());
        if (healthChecker != null) {
            healthChecker.start();
        }
        RetryPolicy<ServiceResponse> policy = RetryPolicy.<ServiceResponse>builder()
                .handle(RetryableAttemptException.class)
                .withMaxAttempts(context.settings().retry().attempts())
                .withDelayFn(execution -> TimeSourceScheduler.retryDelay(
                        execution.<RetryableAttemptException>getLastException().delay()))
                .build();
        this.retrying = Failsafe.with(policy).with(new TimeSourceScheduler(context.time(), context.executor()));
    }

    /** The service's name. */
    public String service() {
        return service;
    }

    /** The service's instances and the choice of one for each attempt. */
    public EndpointSet endpointSet() {
        return endpointSet;
    }

    /** The health checker, or empty when the service has one instance or checks are off. */
    public Optional<HealthChecker> healthChecker() {
        return Optional.ofNullable(healthChecker);
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

    /** The service's GET response cache, made when a client first turns it on. */
    ResponseCache<CacheKey> responseCache() {
        ResponseCache<CacheKey> cache = responseCache;
        if (cache == null) {
            synchronized (this) {
                if (responseCache == null) {
                    responseCache = new ResponseCache<>(context.settings().responseCache());
                }
                cache = responseCache;
            }
        }
        return cache;
    }

    /** The service's retry budget. */
    public RetryBudget retryBudget() {
        return retryBudget;
    }

    FailsafeExecutor<ServiceResponse> retrying() {
        return retrying;
    }

    /** Stops the health checks. */
    @Override
    public void close() {
        if (healthChecker != null) {
            healthChecker.close();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
