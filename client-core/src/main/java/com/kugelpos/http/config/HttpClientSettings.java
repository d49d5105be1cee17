package com.kugelpos.http.config;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Immutable settings of the service clients, one part per concern, each with the specification's
 * defaults and its own validation: timeouts (30 s, a call 60 s), the connection pool (100
 * connections, 20 keep-alive), retries (3 attempts) with their budget, the circuit breaker
 * (threshold 3, open 60 s), TLS, load balancing, the response cache, overload protection, logging, what every request
 * carries, and the deployment environment.
 *
 * <p>Start from {@link #defaults()} and change a part with {@link #with(Consumer)}, build with
 * {@link #builder()}, or load from the environment variables with {@link #fromEnvironment()}:
 *
 * <pre>{@code
 * HttpClientSettings settings = HttpClientSettings.defaults()
 *         .with(s -> s.timeouts(t -> t.response(Duration.ofSeconds(1))).retry(r -> r.attempts(1)));
 * }</pre>
 *
 * <p>Every part is validated when it is built, so a bad value fails at start-up. Thread-safe.
 *
 * @param timeouts the bounds of an attempt and the deadline of a call
 * @param pool the connection cap and the keep-alive connections per service
 * @param retry attempts, backoff and the retry budget
 * @param breaker when a service's circuit breaker opens and for how long
 * @param tls the trust store server certificates are verified with
 * @param loadBalancing how calls are spread over a service's instances, health checks and outlier ejection
 * @param responseCache the bounds of a service's GET response cache, for clients that turn it on
 * @param overload the adaptive concurrency limit, client-side throttling and priority shedding (off by default)
 * @param logging debug logging and how much of an error body is kept
 * @param request the {@code User-Agent} and request compression
 * @param environment development or production; production refuses {@code http://} service URLs
 */
public record HttpClientSettings(
        TimeoutSettings timeouts,
        ConnectionPoolSettings pool,
        RetrySettings retry,
        CircuitBreakerSettings breaker,
        TlsSettings tls,
        LoadBalancingSettings loadBalancing,
        ResponseCacheSettings responseCache,
        OverloadSettings overload,
        LoggingSettings logging,
        RequestSettings request,
        DeploymentEnvironment environment) {

    private static final HttpClientSettings DEFAULTS = new HttpClientSettings(TimeoutSettings.DEFAULTS,
            ConnectionPoolSettings.DEFAULTS, RetrySettings.DEFAULTS, CircuitBreakerSettings.DEFAULTS,
            TlsSettings.DEFAULTS, LoadBalancingSettings.DEFAULTS, ResponseCacheSettings.DEFAULTS,
            OverloadSettings.DEFAULTS, LoggingSettings.DEFAULTS, RequestSettings.DEFAULTS, DeploymentEnvironment.DEVELOPMENT);

    /** Requires every part; each part validated itself when it was made. */
    public HttpClientSettings {
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(loadBalancing, "loadBalancing");
        Objects.requireNonNull(responseCache, "responseCache");
        Objects.requireNonNull(overload, "overload");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(environment, "environment");
    }

    /** The specification's defaults. */
    public static HttpClientSettings defaults() {
        return DEFAULTS;
    }

    /** A builder preset with the specification's defaults. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** Settings from the process environment; see {@link EnvironmentSettings} for the variables. */
    public static HttpClientSettings fromEnvironment() {
        return EnvironmentSettings.load(System.getenv());
    }

    /** Settings from the given variables; see {@link EnvironmentSettings} for the names. */
    public static HttpClientSettings fromEnvironment(Map<String, String> variables) {
        return EnvironmentSettings.load(variables);
    }

    /** A builder preset with these settings, to change several of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * These settings with some values changed, e.g. {@code with(s -> s.retry(r -> r.attempts(1)))}.
     *
     * @throws InvalidSettingException naming the first changed value that is out of range
     */
    public HttpClientSettings with(Consumer<Builder> change) {
        Builder builder = toBuilder();
        change.accept(builder);
        return builder.build();
    }

    /**
     * Builds {@link HttpClientSettings} from parts; each part can be replaced whole or changed in
     * place, and {@link #build()} validates every part. Not thread-safe.
     */
    public static final class Builder {
        private TimeoutSettings.Builder timeouts;
        private ConnectionPoolSettings.Builder pool;
        private RetrySettings.Builder retry;
        private CircuitBreakerSettings.Builder breaker;
        private TlsSettings.Builder tls;
        private LoadBalancingSettings.Builder loadBalancing;
        private ResponseCacheSettings.Builder responseCache;
        private OverloadSettings.Builder overload;
        private LoggingSettings.Builder logging;
        private RequestSettings.Builder request;
        private DeploymentEnvironment environment;

        private Builder(HttpClientSettings from) {
            timeouts(from.timeouts).pool(from.pool).retry(from.retry).breaker(from.breaker).tls(from.tls)
                    .loadBalancing(from.loadBalancing).responseCache(from.responseCache).overload(from.overload)
                    .logging(from.logging).request(from.request).environment(from.environment);
        }

        /** @see HttpClientSettings#timeouts() */
        public Builder timeouts(TimeoutSettings value) {
            timeouts = value.toBuilder();
            return this;
        }

        /** Changes some of the timeouts, e.g. {@code timeouts(t -> t.call(Duration.ofSeconds(5)))}. */
        public Builder timeouts(Consumer<TimeoutSettings.Builder> change) {
            change.accept(timeouts);
            return this;
        }

        /** @see HttpClientSettings#pool() */
        public Builder pool(ConnectionPoolSettings value) {
            pool = value.toBuilder();
            return this;
        }

        /** Changes some of the pool settings, e.g. {@code pool(p -> p.maxConnections(16))}. */
        public Builder pool(Consumer<ConnectionPoolSettings.Builder> change) {
            change.accept(pool);
            return this;
        }

        /** @see HttpClientSettings#retry() */
        public Builder retry(RetrySettings value) {
            retry = value.toBuilder();
            return this;
        }

        /** Changes some of the retry settings, e.g. {@code retry(r -> r.attempts(1))}. */
        public Builder retry(Consumer<RetrySettings.Builder> change) {
            change.accept(retry);
            return this;
        }

        /** @see HttpClientSettings#breaker() */
        public Builder breaker(CircuitBreakerSettings value) {
            breaker = value.toBuilder();
            return this;
        }

        /** Changes some of the breaker settings, e.g. {@code breaker(b -> b.failureThreshold(5))}. */
        public Builder breaker(Consumer<CircuitBreakerSettings.Builder> change) {
            change.accept(breaker);
            return this;
        }

        /** @see HttpClientSettings#tls() */
        public Builder tls(TlsSettings value) {
            tls = value.toBuilder();
            return this;
        }

        /** Changes some of the TLS settings, e.g. {@code tls(t -> t.trustStore(path).trustStorePassword(pw))}. */
        public Builder tls(Consumer<TlsSettings.Builder> change) {
            change.accept(tls);
            return this;
        }

        /** @see HttpClientSettings#loadBalancing() */
        public Builder loadBalancing(LoadBalancingSettings value) {
            loadBalancing = value.toBuilder();
            return this;
        }

        /** Changes some of the load-balancing settings, e.g. {@code loadBalancing(b -> b.policy(P2C))}. */
        public Builder loadBalancing(Consumer<LoadBalancingSettings.Builder> change) {
            change.accept(loadBalancing);
            return this;
        }

        /** @see HttpClientSettings#overload() */
        public Builder overload(OverloadSettings value) {
            overload = value.toBuilder();
            return this;
        }

        /** Changes some overload settings, e.g. {@code overload(o -> o.adaptiveLimit(true))}. */
        public Builder overload(Consumer<OverloadSettings.Builder> change) {
            change.accept(overload);
            return this;
        }

        /** @see HttpClientSettings#responseCache() */
        public Builder responseCache(ResponseCacheSettings value) {
            responseCache = value.toBuilder();
            return this;
        }

        /** Changes a bound of the response cache, e.g. {@code responseCache(c -> c.maxEntries(10))}. */
        public Builder responseCache(Consumer<ResponseCacheSettings.Builder> change) {
            change.accept(responseCache);
            return this;
        }

        /** @see HttpClientSettings#logging() */
        public Builder logging(LoggingSettings value) {
            logging = value.toBuilder();
            return this;
        }

        /** Changes some of the logging settings, e.g. {@code logging(l -> l.debug(true))}. */
        public Builder logging(Consumer<LoggingSettings.Builder> change) {
            change.accept(logging);
            return this;
        }

        /** @see HttpClientSettings#request() */
        public Builder request(RequestSettings value) {
            request = value.toBuilder();
            return this;
        }

        /** Changes what requests carry, e.g. {@code request(r -> r.gzipMinBytes(1024))}. */
        public Builder request(Consumer<RequestSettings.Builder> change) {
            change.accept(request);
            return this;
        }

        /** @see HttpClientSettings#environment() */
        public Builder environment(DeploymentEnvironment value) {
            environment = Objects.requireNonNull(value, "environment");
            return this;
        }

        /**
         * Validates every part and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public HttpClientSettings build() {
            return new HttpClientSettings(timeouts.build(), pool.build(), retry.build(), breaker.build(), tls.build(),
                    loadBalancing.build(), responseCache.build(), overload.build(), logging.build(), request.build(), environment);
        }
    }
}
