package com.kugelpos.http.config;

import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE_PASSWORD;
import static com.kugelpos.http.config.EnvironmentSettings.HTTP_TRUST_STORE_TYPE;
import static com.kugelpos.http.config.EnvironmentSettings.KUGEL_ENV;
import static com.kugelpos.http.config.VariableParsers.COUNTING;
import static com.kugelpos.http.config.VariableParsers.FLAG;
import static com.kugelpos.http.config.VariableParsers.MILLIS;
import static com.kugelpos.http.config.VariableParsers.PATH;
import static com.kugelpos.http.config.VariableParsers.POLICY;
import static com.kugelpos.http.config.VariableParsers.SECONDS;
import static com.kugelpos.http.config.VariableParsers.SECONDS_OR_OFF;
import static com.kugelpos.http.config.VariableParsers.SECRET;
import static com.kugelpos.http.config.VariableParsers.TEXT;
import static com.kugelpos.http.config.VariableParsers.URL_PATH;
import static com.kugelpos.http.config.VariableParsers.byteCount;
import static com.kugelpos.http.config.VariableParsers.decimal;
import static com.kugelpos.http.config.VariableParsers.wholeNumber;
import static com.kugelpos.http.config.VariableParsers.wholeSeconds;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The table of environment variables that {@link EnvironmentSettings} loads: one row per variable
 * (name, parser, the setting that holds its default, how it sets that setting), in the order they
 * are applied, so a specific timeout overrides {@code HTTP_TIMEOUT}. The README's settings table
 * lists the same names and defaults, checked by a test. To add a variable, add its setting to its
 * part and a row here. Stateless.
 */
final class SettingsVariables {

    /** {@code KUGEL_ENV}, also read on its own by the service resolver. */
    static final EnvironmentVariable<DeploymentEnvironment> ENVIRONMENT = variable(KUGEL_ENV,
            VariableParsers.ENVIRONMENT, HttpClientSettings::environment, HttpClientSettings.Builder::environment);

    /** Every variable, in the order they are applied. */
    static final List<EnvironmentVariable<?>> ALL = List.of(
            variable("HTTP_TIMEOUT", SECONDS,
                    s -> s.timeouts().response(), (b, v) -> b.timeouts(t -> t.attempt(v))),
            variable("HTTP_CONNECT_TIMEOUT", SECONDS,
                    s -> s.timeouts().connect(), (b, v) -> b.timeouts(t -> t.connect(v))),
            variable("HTTP_READ_TIMEOUT", SECONDS,
                    s -> s.timeouts().response(), (b, v) -> b.timeouts(t -> t.response(v))),
            variable("HTTP_WRITE_TIMEOUT", SECONDS,
                    s -> s.timeouts().write(), (b, v) -> b.timeouts(t -> t.write(v))),
            variable("HTTP_CALL_TIMEOUT", SECONDS,
                    s -> s.timeouts().call(), (b, v) -> b.timeouts(t -> t.call(v))),
            variable("HTTP_MAX_CONNECTIONS", wholeNumber(ConnectionPoolSettings.MAX_CONNECTIONS),
                    s -> s.pool().maxConnections(), (b, v) -> b.pool(p -> p.maxConnections(v))),
            variable("HTTP_MAX_KEEPALIVE", wholeNumber(Range.ANY_INT),
                    s -> s.pool().maxKeepAlive(), (b, v) -> b.pool(p -> p.maxKeepAlive(v))),
            variable("HTTP_KEEPALIVE_TIMEOUT", wholeSeconds(ConnectionPoolSettings.KEEP_ALIVE_SECONDS),
                    s -> s.pool().keepAliveTimeout(), (b, v) -> b.pool(p -> p.keepAliveTimeout(v))),
            variable("CIRCUIT_BREAKER_THRESHOLD", wholeNumber(CircuitBreakerSettings.FAILURE_THRESHOLD),
                    s -> s.breaker().failureThreshold(), (b, v) -> b.breaker(c -> c.failureThreshold(v))),
            variable("CIRCUIT_BREAKER_TIMEOUT", SECONDS,
                    s -> s.breaker().openDuration(), (b, v) -> b.breaker(c -> c.openDuration(v))),
            variable("CIRCUIT_BREAKER_COUNTS", COUNTING,
                    s -> s.breaker().counting(), (b, v) -> b.breaker(c -> c.counting(v))),
            variable("HTTP_RETRY_ATTEMPTS", wholeNumber(RetrySettings.ATTEMPTS),
                    s -> s.retry().attempts(), (b, v) -> b.retry(r -> r.attempts(v))),
            variable("HTTP_RETRY_BACKOFF_BASE_MS", MILLIS,
                    s -> s.retry().backoffBase(), (b, v) -> b.retry(r -> r.backoffBase(v))),
            variable("HTTP_RETRY_BACKOFF_MAX_MS", MILLIS,
                    s -> s.retry().backoffMax(), (b, v) -> b.retry(r -> r.backoffMax(v))),
            variable("HTTP_DEBUG", FLAG,
                    s -> s.logging().debug(), (b, v) -> b.logging(l -> l.debug(v))),
            ENVIRONMENT,
            variable(HTTP_TRUST_STORE, PATH,
                    s -> s.tls().trustStore().orElse(null), (b, v) -> b.tls(t -> t.trustStore(v))),
            variable(HTTP_TRUST_STORE_PASSWORD, SECRET,
                    s -> s.tls().trustStorePassword().orElse(null), (b, v) -> b.tls(t -> t.trustStorePassword(v))),
            variable(HTTP_TRUST_STORE_TYPE, TEXT,
                    s -> s.tls().trustStoreType(), (b, v) -> b.tls(t -> t.trustStoreType(v))),
            variable("HTTP_LOAD_BALANCER", POLICY,
                    s -> s.loadBalancing().policy(), (b, v) -> b.loadBalancing(l -> l.policy(v))),
            variable("HTTP_HEALTH_CHECK_INTERVAL", SECONDS_OR_OFF,
                    s -> s.loadBalancing().healthCheckInterval(),
                    (b, v) -> b.loadBalancing(l -> l.healthCheckInterval(v))),
            variable("HTTP_HEALTH_CHECK_PATH", URL_PATH,
                    s -> s.loadBalancing().healthCheckPath(), (b, v) -> b.loadBalancing(l -> l.healthCheckPath(v))),
            variable("HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD", wholeNumber(LoadBalancingSettings.PROBE_THRESHOLD),
                    s -> s.loadBalancing().unhealthyThreshold(),
                    (b, v) -> b.loadBalancing(l -> l.unhealthyThreshold(v))),
            variable("HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD", wholeNumber(LoadBalancingSettings.PROBE_THRESHOLD),
                    s -> s.loadBalancing().healthyThreshold(), (b, v) -> b.loadBalancing(l -> l.healthyThreshold(v))),
            variable("HTTP_OUTLIER_CONSECUTIVE_FAILURES", wholeNumber(LoadBalancingSettings.OUTLIER_FAILURES),
                    s -> s.loadBalancing().outlierConsecutiveFailures(),
                    (b, v) -> b.loadBalancing(l -> l.outlierConsecutiveFailures(v))),
            variable("HTTP_OUTLIER_BASE_EJECTION", SECONDS,
                    s -> s.loadBalancing().outlierBaseEjection(),
                    (b, v) -> b.loadBalancing(l -> l.outlierBaseEjection(v))),
            variable("HTTP_OUTLIER_MAX_EJECTION", SECONDS,
                    s -> s.loadBalancing().outlierMaxEjection(),
                    (b, v) -> b.loadBalancing(l -> l.outlierMaxEjection(v))),
            variable("HTTP_OUTLIER_MAX_EJECTION_PERCENT", wholeNumber(LoadBalancingSettings.MAX_EJECTION_PERCENT),
                    s -> s.loadBalancing().outlierMaxEjectionPercent(),
                    (b, v) -> b.loadBalancing(l -> l.outlierMaxEjectionPercent(v))),
            variable("HTTP_OUTLIER_INTERVAL", SECONDS,
                    s -> s.loadBalancing().outlierRates().interval(),
                    (b, v) -> b.loadBalancing(l -> l.outlierRates(r -> r.interval(v)))),
            variable("HTTP_OUTLIER_SUCCESS_RATE_STDEV_FACTOR", decimal(OutlierRateSettings.STDEV_FACTOR),
                    s -> s.loadBalancing().outlierRates().successRateStdevFactor(),
                    (b, v) -> b.loadBalancing(l -> l.outlierRates(r -> r.successRateStdevFactor(v)))),
            variable("HTTP_OUTLIER_FAILURE_PERCENTAGE", wholeNumber(OutlierRateSettings.FAILURE_PERCENTAGE),
                    s -> s.loadBalancing().outlierRates().failurePercentage(),
                    (b, v) -> b.loadBalancing(l -> l.outlierRates(r -> r.failurePercentage(v)))),
            variable("HTTP_OUTLIER_MINIMUM_HOSTS", wholeNumber(OutlierRateSettings.MINIMUM_HOSTS),
                    s -> s.loadBalancing().outlierRates().minimumHosts(),
                    (b, v) -> b.loadBalancing(l -> l.outlierRates(r -> r.minimumHosts(v)))),
            variable("HTTP_OUTLIER_REQUEST_VOLUME", wholeNumber(OutlierRateSettings.REQUEST_VOLUME),
                    s -> s.loadBalancing().outlierRates().requestVolume(),
                    (b, v) -> b.loadBalancing(l -> l.outlierRates(r -> r.requestVolume(v)))),
            variable("HTTP_PANIC_THRESHOLD", wholeNumber(LoadBalancingSettings.PANIC_THRESHOLD),
                    s -> s.loadBalancing().panicThreshold(), (b, v) -> b.loadBalancing(l -> l.panicThreshold(v))),
            variable("HTTP_PEAK_EWMA_DECAY", SECONDS,
                    s -> s.loadBalancing().peakEwmaDecay(), (b, v) -> b.loadBalancing(l -> l.peakEwmaDecay(v))),
            variable("HTTP_RETRY_BUDGET_ENABLED", FLAG,
                    s -> s.retry().budget().enabled(), (b, v) -> b.retry(r -> r.budget(g -> g.enabled(v)))),
            variable("HTTP_RETRY_BUDGET_RATIO", decimal(RetryBudgetSettings.RATIO),
                    s -> s.retry().budget().ratio(), (b, v) -> b.retry(r -> r.budget(g -> g.ratio(v)))),
            variable("HTTP_RETRY_BUDGET_MIN_PER_SECOND", wholeNumber(RetryBudgetSettings.MIN_PER_SECOND),
                    s -> s.retry().budget().minPerSecond(), (b, v) -> b.retry(r -> r.budget(g -> g.minPerSecond(v)))),
            variable("HTTP_HEDGING_ENABLED", FLAG,
                    s -> s.retry().hedging().enabled(), (b, v) -> b.retry(r -> r.hedging(h -> h.enabled(v)))),
            variable("HTTP_HEDGING_MAX_EXTRA_LOAD_PERCENT", wholeNumber(HedgingSettings.MAX_EXTRA_LOAD),
                    s -> s.retry().hedging().maxExtraLoadPercent(),
                    (b, v) -> b.retry(r -> r.hedging(h -> h.maxExtraLoadPercent(v)))),
            variable("HTTP_HEDGING_MIN_DELAY_MS", MILLIS,
                    s -> s.retry().hedging().minDelay(), (b, v) -> b.retry(r -> r.hedging(h -> h.minDelay(v)))),
            variable("HTTP_REQUEST_GZIP_MIN_BYTES", wholeNumber(RequestSettings.GZIP_MIN_BYTES),
                    s -> s.request().gzipMinBytes(), (b, v) -> b.request(r -> r.gzipMinBytes(v))),
            variable("HTTP_CACHE_MAX_ENTRIES", wholeNumber(ResponseCacheSettings.MAX_ENTRIES),
                    s -> s.responseCache().maxEntries(), (b, v) -> b.responseCache(c -> c.maxEntries(v))),
            variable("HTTP_CACHE_MAX_BYTES", byteCount(ResponseCacheSettings.MAX_BYTES),
                    s -> s.responseCache().maxBytes(), (b, v) -> b.responseCache(c -> c.maxBytes(v))),
            variable("HTTP_CACHE_DEFAULT_MAX_AGE", wholeSeconds(ResponseCacheSettings.WINDOW_SECONDS),
                    s -> s.responseCache().defaultMaxAge(), (b, v) -> b.responseCache(c -> c.defaultMaxAge(v))),
            variable("HTTP_CACHE_STALE_WHILE_REVALIDATE", wholeSeconds(ResponseCacheSettings.WINDOW_SECONDS),
                    s -> s.responseCache().staleWhileRevalidate(),
                    (b, v) -> b.responseCache(c -> c.staleWhileRevalidate(v))),
            variable("HTTP_CACHE_STALE_IF_ERROR", wholeSeconds(ResponseCacheSettings.WINDOW_SECONDS),
                    s -> s.responseCache().staleIfError(), (b, v) -> b.responseCache(c -> c.staleIfError(v))),
            variable("HTTP_CACHE_COLLAPSE", FLAG,
                    s -> s.responseCache().collapse(), (b, v) -> b.responseCache(c -> c.collapse(v))),
            variable("HTTP_ADAPTIVE_CONCURRENCY", FLAG,
                    s -> s.overload().adaptiveLimit(), (b, v) -> b.overload(o -> o.adaptiveLimit(v))),
            variable("HTTP_ADAPTIVE_CONCURRENCY_INITIAL_LIMIT", wholeNumber(OverloadSettings.LIMIT),
                    s -> s.overload().initialLimit(), (b, v) -> b.overload(o -> o.initialLimit(v))),
            variable("HTTP_ADAPTIVE_CONCURRENCY_MIN_LIMIT", wholeNumber(OverloadSettings.LIMIT),
                    s -> s.overload().minLimit(), (b, v) -> b.overload(o -> o.minLimit(v))),
            variable("HTTP_LOW_PRIORITY_PERCENT", wholeNumber(OverloadSettings.LOW_PRIORITY_PERCENT),
                    s -> s.overload().lowPriorityPercent(), (b, v) -> b.overload(o -> o.lowPriorityPercent(v))),
            variable("HTTP_CLIENT_THROTTLING", FLAG,
                    s -> s.overload().throttling(), (b, v) -> b.overload(o -> o.throttling(v))),
            variable("HTTP_CLIENT_THROTTLING_K", decimal(OverloadSettings.THROTTLING_K),
                    s -> s.overload().throttlingK(), (b, v) -> b.overload(o -> o.throttlingK(v))),
            variable("HTTP_MAX_ERROR_BODY_CHARS", wholeNumber(LoggingSettings.MAX_ERROR_BODY_CHARS),
                    s -> s.logging().maxErrorBodyChars(), (b, v) -> b.logging(l -> l.maxErrorBodyChars(v))));

    /** The rules between variables, checked once all are parsed. */
    static final List<VariableRelation> RELATIONS = List.of(
            VariableRelation.requires(HTTP_TRUST_STORE_PASSWORD, HTTP_TRUST_STORE, "the trust store's path"),
            VariableRelation.requires(HTTP_TRUST_STORE_TYPE, HTTP_TRUST_STORE, "the trust store's path"),
            VariableRelation.atMost("HTTP_MAX_KEEPALIVE", 0, "HTTP_MAX_CONNECTIONS"),
            VariableRelation.notShorter("HTTP_RETRY_BACKOFF_MAX_MS", "HTTP_RETRY_BACKOFF_BASE_MS"),
            VariableRelation.notShorter("HTTP_OUTLIER_MAX_EJECTION", "HTTP_OUTLIER_BASE_EJECTION"));

    private SettingsVariables() {}

    private static <V> EnvironmentVariable<V> variable(String name, VariableParser<V> parser,
            Function<HttpClientSettings, V> setting, BiConsumer<HttpClientSettings.Builder, V> target) {
        return new EnvironmentVariable<>(name, parser, setting, target);
    }
}
