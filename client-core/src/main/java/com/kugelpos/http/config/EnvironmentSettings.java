package com.kugelpos.http.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@link HttpClientSettings} from environment variables.
 *
 * <p>An absent or blank variable leaves the default. Seconds may have decimals ({@code 0.5}); every
 * duration must be positive and at most one day. A specific timeout overrides {@code HTTP_TIMEOUT}.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>Variable</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@code HTTP_TIMEOUT}</td><td>seconds; connect, read and write bound at once (the spec's name)</td><td>30</td></tr>
 *   <tr><td>{@code HTTP_CONNECT_TIMEOUT}</td><td>seconds to establish a connection, TLS included</td><td>HTTP_TIMEOUT</td></tr>
 *   <tr><td>{@code HTTP_READ_TIMEOUT}</td><td>seconds for one attempt's response</td><td>HTTP_TIMEOUT</td></tr>
 *   <tr><td>{@code HTTP_WRITE_TIMEOUT}</td><td>seconds to send a request body</td><td>HTTP_TIMEOUT</td></tr>
 *   <tr><td>{@code HTTP_CALL_TIMEOUT}</td><td>seconds; deadline of a call, all attempts included</td><td>60</td></tr>
 *   <tr><td>{@code HTTP_MAX_CONNECTIONS}</td><td>connections per service, 1 to 10000</td><td>100</td></tr>
 *   <tr><td>{@code HTTP_MAX_KEEPALIVE}</td><td>idle keep-alive connections per service, 0 to HTTP_MAX_CONNECTIONS</td><td>20</td></tr>
 *   <tr><td>{@code CIRCUIT_BREAKER_THRESHOLD}</td><td>consecutive failures that open a breaker, 1 to 1000</td><td>3</td></tr>
 *   <tr><td>{@code CIRCUIT_BREAKER_TIMEOUT}</td><td>seconds a breaker stays open</td><td>60</td></tr>
 *   <tr><td>{@code HTTP_RETRY_ATTEMPTS}</td><td>attempts in all, the first included, 1 to 10</td><td>3</td></tr>
 *   <tr><td>{@code HTTP_RETRY_BACKOFF_BASE_MS}</td><td>milliseconds before the first retry</td><td>200</td></tr>
 *   <tr><td>{@code HTTP_RETRY_BACKOFF_MAX_MS}</td><td>milliseconds, longest backoff, at least the base</td><td>5000</td></tr>
 *   <tr><td>{@code HTTP_DEBUG}</td><td>{@code true} or {@code false}: log masked headers and bodies</td><td>false</td></tr>
 *   <tr><td>{@code KUGEL_ENV}</td><td>{@code development} ({@code dev}) or {@code production} ({@code prod}), any case</td><td>development</td></tr>
 *   <tr><td>{@code HTTP_TRUST_STORE}</td><td>path of a trust store for server certificates</td><td>the JDK's</td></tr>
 *   <tr><td>{@code HTTP_TRUST_STORE_PASSWORD}</td><td>its password (secret: never echoed)</td><td>none</td></tr>
 *   <tr><td>{@code HTTP_TRUST_STORE_TYPE}</td><td>its type, e.g. {@code PKCS12} or {@code JKS}</td><td>PKCS12</td></tr>
 *   <tr><td>{@code HTTP_LOAD_BALANCER}</td><td>{@code round-robin} or {@code p2c} (two random instances, the one with fewer calls in flight)</td><td>round-robin</td></tr>
 *   <tr><td>{@code HTTP_HEALTH_CHECK_INTERVAL}</td><td>seconds between health-check rounds of a service with two or more instances; 0 = off</td><td>10</td></tr>
 *   <tr><td>{@code HTTP_HEALTH_CHECK_PATH}</td><td>path probed with GET</td><td>/health</td></tr>
 *   <tr><td>{@code HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD}</td><td>failed probes in a row that mark an instance unhealthy, 1 to 100</td><td>2</td></tr>
 *   <tr><td>{@code HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD}</td><td>passed probes in a row that mark it healthy again, 1 to 100</td><td>2</td></tr>
 *   <tr><td>{@code HTTP_OUTLIER_CONSECUTIVE_FAILURES}</td><td>failed attempts in a row that eject an instance, 0 (off) to 1000</td><td>2</td></tr>
 *   <tr><td>{@code HTTP_OUTLIER_BASE_EJECTION}</td><td>seconds of the first ejection; doubled on each ejection in a row</td><td>30</td></tr>
 *   <tr><td>{@code HTTP_OUTLIER_MAX_EJECTION}</td><td>seconds, the longest ejection, at least the base</td><td>300</td></tr>
 *   <tr><td>{@code HTTP_RETRY_BUDGET_ENABLED}</td><td>{@code true} or {@code false}: limit retries to a share of recent calls</td><td>true</td></tr>
 *   <tr><td>{@code HTTP_RETRY_BUDGET_RATIO}</td><td>retries per call over the last 10 s, 0 to 1</td><td>0.2</td></tr>
 *   <tr><td>{@code HTTP_RETRY_BUDGET_MIN_PER_SECOND}</td><td>retries per second allowed at any traffic, 0 to 10000</td><td>5</td></tr>
 *   <tr><td>{@code HTTP_REQUEST_GZIP_MIN_BYTES}</td><td>request bodies of at least this many bytes are sent gzip-compressed; 0 = never</td><td>0</td></tr>
 *   <tr><td>{@code HTTP_CACHE_MAX_ENTRIES}</td><td>responses kept by a service's GET cache (for clients that turn it on), 1 to 1000000</td><td>1000</td></tr>
 *   <tr><td>{@code HTTP_CACHE_MAX_BYTES}</td><td>body bytes kept by that cache, 1 to 1073741824</td><td>16777216</td></tr>
 * </table>
 *
 * <p>A malformed or out-of-range value throws {@link InvalidSettingException} naming the variable,
 * its value and what is allowed. Stateless and thread-safe.
 */
public final class EnvironmentSettings {

    /** Seconds; sets the connect, read and write bounds at once. */
    public static final String HTTP_TIMEOUT = "HTTP_TIMEOUT";
    /** Seconds to establish a connection; overrides {@link #HTTP_TIMEOUT}. */
    public static final String HTTP_CONNECT_TIMEOUT = "HTTP_CONNECT_TIMEOUT";
    /** Seconds for one attempt's response; overrides {@link #HTTP_TIMEOUT}. */
    public static final String HTTP_READ_TIMEOUT = "HTTP_READ_TIMEOUT";
    /** Seconds to send a request body; overrides {@link #HTTP_TIMEOUT}. */
    public static final String HTTP_WRITE_TIMEOUT = "HTTP_WRITE_TIMEOUT";
    /** Seconds; deadline of a logical call. */
    public static final String HTTP_CALL_TIMEOUT = "HTTP_CALL_TIMEOUT";
    /** Most connections per service. */
    public static final String HTTP_MAX_CONNECTIONS = "HTTP_MAX_CONNECTIONS";
    /** Most idle keep-alive connections per service. */
    public static final String HTTP_MAX_KEEPALIVE = "HTTP_MAX_KEEPALIVE";
    /** Consecutive failures that open a breaker. */
    public static final String CIRCUIT_BREAKER_THRESHOLD = "CIRCUIT_BREAKER_THRESHOLD";
    /** Seconds a breaker stays open. */
    public static final String CIRCUIT_BREAKER_TIMEOUT = "CIRCUIT_BREAKER_TIMEOUT";
    /** Attempts of a call in all. */
    public static final String HTTP_RETRY_ATTEMPTS = "HTTP_RETRY_ATTEMPTS";
    /** Milliseconds before the first retry. */
    public static final String HTTP_RETRY_BACKOFF_BASE_MS = "HTTP_RETRY_BACKOFF_BASE_MS";
    /** Milliseconds, the longest backoff. */
    public static final String HTTP_RETRY_BACKOFF_MAX_MS = "HTTP_RETRY_BACKOFF_MAX_MS";
    /** {@code true} to log masked headers and bodies. */
    public static final String HTTP_DEBUG = "HTTP_DEBUG";
    /** {@code development} or {@code production}. */
    public static final String KUGEL_ENV = "KUGEL_ENV";
    /** Path of a trust store. */
    public static final String HTTP_TRUST_STORE = "HTTP_TRUST_STORE";
    /** The trust store's password; a secret, never echoed. */
    public static final String HTTP_TRUST_STORE_PASSWORD = "HTTP_TRUST_STORE_PASSWORD";
    /** The trust store's type. */
    public static final String HTTP_TRUST_STORE_TYPE = "HTTP_TRUST_STORE_TYPE";

    /** {@code round-robin} or {@code p2c}. */
    public static final String HTTP_LOAD_BALANCER = "HTTP_LOAD_BALANCER";
    /** Seconds between health-check rounds; 0 turns them off. */
    public static final String HTTP_HEALTH_CHECK_INTERVAL = "HTTP_HEALTH_CHECK_INTERVAL";
    /** The path probed with GET. */
    public static final String HTTP_HEALTH_CHECK_PATH = "HTTP_HEALTH_CHECK_PATH";
    /** Failed probes in a row that mark an instance unhealthy. */
    public static final String HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD = "HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD";
    /** Passed probes in a row that mark an instance healthy again. */
    public static final String HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD = "HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD";
    /** Failed attempts in a row that eject an instance; 0 turns ejection off. */
    public static final String HTTP_OUTLIER_CONSECUTIVE_FAILURES = "HTTP_OUTLIER_CONSECUTIVE_FAILURES";
    /** Seconds of the first ejection. */
    public static final String HTTP_OUTLIER_BASE_EJECTION = "HTTP_OUTLIER_BASE_EJECTION";
    /** Seconds, the longest ejection. */
    public static final String HTTP_OUTLIER_MAX_EJECTION = "HTTP_OUTLIER_MAX_EJECTION";
    /** {@code true} to limit retries to a share of recent calls. */
    public static final String HTTP_RETRY_BUDGET_ENABLED = "HTTP_RETRY_BUDGET_ENABLED";
    /** Retries per call allowed, 0 to 1. */
    public static final String HTTP_RETRY_BUDGET_RATIO = "HTTP_RETRY_BUDGET_RATIO";
    /** Retries per second allowed at any traffic. */
    public static final String HTTP_RETRY_BUDGET_MIN_PER_SECOND = "HTTP_RETRY_BUDGET_MIN_PER_SECOND";
    /** Bytes from which request bodies are gzip-compressed; 0 = never. */
    public static final String HTTP_REQUEST_GZIP_MIN_BYTES = "HTTP_REQUEST_GZIP_MIN_BYTES";
    /** Responses kept by a service's GET cache. */
    public static final String HTTP_CACHE_MAX_ENTRIES = "HTTP_CACHE_MAX_ENTRIES";
    /** Body bytes kept by a service's GET cache. */
    public static final String HTTP_CACHE_MAX_BYTES = "HTTP_CACHE_MAX_BYTES";

    /** Every variable this class reads, in the order of the table above. */
    public static final List<String> VARIABLE_NAMES = List.of(
            HTTP_TIMEOUT, HTTP_CONNECT_TIMEOUT, HTTP_READ_TIMEOUT, HTTP_WRITE_TIMEOUT, HTTP_CALL_TIMEOUT,
            HTTP_MAX_CONNECTIONS, HTTP_MAX_KEEPALIVE, CIRCUIT_BREAKER_THRESHOLD, CIRCUIT_BREAKER_TIMEOUT,
            HTTP_RETRY_ATTEMPTS, HTTP_RETRY_BACKOFF_BASE_MS, HTTP_RETRY_BACKOFF_MAX_MS, HTTP_DEBUG, KUGEL_ENV,
            HTTP_TRUST_STORE, HTTP_TRUST_STORE_PASSWORD, HTTP_TRUST_STORE_TYPE,
            HTTP_LOAD_BALANCER, HTTP_HEALTH_CHECK_INTERVAL, HTTP_HEALTH_CHECK_PATH,
            HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD, HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD,
            HTTP_OUTLIER_CONSECUTIVE_FAILURES, HTTP_OUTLIER_BASE_EJECTION, HTTP_OUTLIER_MAX_EJECTION,
            HTTP_RETRY_BUDGET_ENABLED, HTTP_RETRY_BUDGET_RATIO, HTTP_RETRY_BUDGET_MIN_PER_SECOND,
            HTTP_REQUEST_GZIP_MIN_BYTES, HTTP_CACHE_MAX_ENTRIES, HTTP_CACHE_MAX_BYTES);

    /** The builder fields whose range errors can follow from a variable, by field name. */
    private static final Map<String, String> FIELD_VARIABLES = Map.ofEntries(
            Map.entry("maxConnections", HTTP_MAX_CONNECTIONS),
            Map.entry("maxKeepAlive", HTTP_MAX_KEEPALIVE),
            Map.entry("circuitBreakerThreshold", CIRCUIT_BREAKER_THRESHOLD),
            Map.entry("retryAttempts", HTTP_RETRY_ATTEMPTS),
            Map.entry("retryBackoffBase", HTTP_RETRY_BACKOFF_BASE_MS),
            Map.entry("retryBackoffMax", HTTP_RETRY_BACKOFF_MAX_MS),
            Map.entry("healthCheckPath", HTTP_HEALTH_CHECK_PATH),
            Map.entry("unhealthyThreshold", HTTP_HEALTH_CHECK_UNHEALTHY_THRESHOLD),
            Map.entry("healthyThreshold", HTTP_HEALTH_CHECK_HEALTHY_THRESHOLD),
            Map.entry("outlierConsecutiveFailures", HTTP_OUTLIER_CONSECUTIVE_FAILURES),
            Map.entry("outlierBaseEjection", HTTP_OUTLIER_BASE_EJECTION),
            Map.entry("outlierMaxEjection", HTTP_OUTLIER_MAX_EJECTION),
            Map.entry("retryBudgetRatio", HTTP_RETRY_BUDGET_RATIO),
            Map.entry("retryBudgetMinPerSecond", HTTP_RETRY_BUDGET_MIN_PER_SECOND),
            Map.entry("requestGzipMinBytes", HTTP_REQUEST_GZIP_MIN_BYTES),
            Map.entry("cacheMaxEntries", HTTP_CACHE_MAX_ENTRIES),
            Map.entry("cacheMaxBytes", HTTP_CACHE_MAX_BYTES));

    private static final Pattern FIELD_NAME = Pattern.compile("\\b("
            + String.join("|", FIELD_VARIABLES.keySet()) + ")\\b");

    private EnvironmentSettings() {}

    /**
     * Settings from the given variables, with defaults for those that are absent or blank.
     *
     * @param variables environment variables, e.g. {@link System#getenv()}; other names are ignored
     * @throws InvalidSettingException naming the variable, its value and what is allowed
     */
    public static HttpClientSettings load(Map<String, String> variables) {
        Map<String, String> set = setVariables(variables);
        HttpClientSettings.Builder builder = HttpClientSettings.builder();
        seconds(set, HTTP_TIMEOUT, v -> builder.timeouts(t -> t.attempt(v)));
        seconds(set, HTTP_CONNECT_TIMEOUT, v -> builder.timeouts(t -> t.connect(v)));
        seconds(set, HTTP_READ_TIMEOUT, v -> builder.timeouts(t -> t.response(v)));
        seconds(set, HTTP_WRITE_TIMEOUT, v -> builder.timeouts(t -> t.write(v)));
        seconds(set, HTTP_CALL_TIMEOUT, "60", v -> builder.timeouts(t -> t.call(v)));
        wholeNumber(set, HTTP_MAX_CONNECTIONS, "100", v -> builder.pool(p -> p.maxConnections(v)));
        wholeNumber(set, HTTP_MAX_KEEPALIVE, "20", v -> builder.pool(p -> p.maxKeepAlive(v)));
        wholeNumber(set, CIRCUIT_BREAKER_THRESHOLD, "3", v -> builder.breaker(b -> b.failureThreshold(v)));
        seconds(set, CIRCUIT_BREAKER_TIMEOUT, "60", v -> builder.breaker(b -> b.openDuration(v)));
        wholeNumber(set, HTTP_RETRY_ATTEMPTS, "3", v -> builder.retry(r -> r.attempts(v)));
        millis(set, HTTP_RETRY_BACKOFF_BASE_MS, "200", v -> builder.retry(r -> r.backoffBase(v)));
        millis(set, HTTP_RETRY_BACKOFF_MAX_MS, "5000", v -> builder.retry(r -> r.backoffMax(v)));
        if (set.containsKey(HTTP_DEBUG)) {
            boolean debug = VariableParsers.flag(HTTP_DEBUG, set.get(HTTP_DEBUG));
            builder.logging(l -> l.debug(debug));
        }
        builder.environment(deploymentEnvironment(variables));
        applyTrustStore(set, builder);
        try {
            FeatureVariables.apply(set, builder);
            return builder.build();
        } catch (InvalidSettingException rejected) {
            throw blameVariable(rejected, set);
        }
    }

    /**
     * The deployment environment named by {@code KUGEL_ENV}; development when it is absent or blank.
     *
     * @throws InvalidSettingException when {@code KUGEL_ENV} names no known environment
     */
    public static DeploymentEnvironment deploymentEnvironment(Map<String, String> variables) {
        String raw = variables.get(KUGEL_ENV);
        return raw == null || raw.isBlank()
                ? DeploymentEnvironment.DEVELOPMENT
                : VariableParsers.deploymentEnvironment(KUGEL_ENV, raw);
    }

    private static Map<String, String> setVariables(Map<String, String> variables) {
        Map<String, String> set = new LinkedHashMap<>();
        for (String name : VARIABLE_NAMES) {
            String raw = variables.get(name);
            if (raw != null && !raw.isBlank()) {
                set.put(name, raw);
            }
        }
        return set;
    }

    private static void seconds(Map<String, String> set, String name, Consumer<Duration> setter) {
        seconds(set, name, "30", setter);
    }

    private static void seconds(Map<String, String> set, String name, String example, Consumer<Duration> setter) {
        if (set.containsKey(name)) {
            setter.accept(VariableParsers.seconds(name, set.get(name), example));
        }
    }

    private static void millis(Map<String, String> set, String name, String example, Consumer<Duration> setter) {
        if (set.containsKey(name)) {
            setter.accept(VariableParsers.millis(name, set.get(name), example));
        }
    }

    private static void wholeNumber(Map<String, String> set, String name, String example, IntConsumer setter) {
        if (set.containsKey(name)) {
            setter.accept(VariableParsers.wholeNumber(name, set.get(name), example));
        }
    }

    private static void applyTrustStore(Map<String, String> set, HttpClientSettings.Builder builder) {
        if (!set.containsKey(HTTP_TRUST_STORE)) {
            requireTrustStoreFor(set, HTTP_TRUST_STORE_PASSWORD);
            requireTrustStoreFor(set, HTTP_TRUST_STORE_TYPE);
            return;
        }
        String type = set.containsKey(HTTP_TRUST_STORE_TYPE)
                ? set.get(HTTP_TRUST_STORE_TYPE).strip()
                : TlsSettings.DEFAULTS.trustStoreType();
        java.nio.file.Path path = VariableParsers.path(HTTP_TRUST_STORE, set.get(HTTP_TRUST_STORE));
        builder.tls(t -> t.trustStore(path).trustStorePassword(set.get(HTTP_TRUST_STORE_PASSWORD)).trustStoreType(type));
    }

    /** A trust store's password or type without the trust store is a mistake; never echoes the value. */
    private static void requireTrustStoreFor(Map<String, String> set, String name) {
        if (set.containsKey(name)) {
            throw new InvalidSettingException(name + " is set but " + HTTP_TRUST_STORE + " is not; set "
                    + HTTP_TRUST_STORE + " to the trust store's path or remove " + name);
        }
    }

    /**
     * Rewrites a range error of the builder so it names the variable that caused it. The builder's
     * message starts with the field it rejected; its other field names become variable names too.
     */
    private static InvalidSettingException blameVariable(InvalidSettingException rejected, Map<String, String> set) {
        String message = rejected.getMessage();
        if (VARIABLE_NAMES.stream().anyMatch(name -> message.startsWith(name + "='"))) {
            return rejected; // a parse error of a variable: it names the variable already
        }
        Matcher fields = FIELD_NAME.matcher(message);
        String translated = fields.replaceAll(field -> FIELD_VARIABLES.get(field.group(1)));
        String variable = FIELD_VARIABLES.get(message.split(" ", 2)[0]);
        if (variable == null) {
            // a check the builder gained after this table was written: keep its words
            return new InvalidSettingException("The environment variables give a setting the client rejects: "
                    + translated, rejected);
        }
        if (!set.containsKey(variable)) {
            return new InvalidSettingException(translated + "; " + variable
                    + " is not set, so its default applies: set " + variable + " to a value that fits", rejected);
        }
        return new InvalidSettingException(
                variable + "='" + set.get(variable) + "' is out of range: " + translated, rejected);
    }
}
