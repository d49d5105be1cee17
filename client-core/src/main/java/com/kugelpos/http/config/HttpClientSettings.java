package com.kugelpos.http.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable settings of the service clients, with the specification's defaults (timeout 30 s, 100
 * connections, 20 keep-alive, breaker threshold 3 and timeout 60 s, 3 attempts).
 *
 * <p>Build with {@link #builder()}, start from the defaults with {@link #defaults()}, or load from
 * the environment variables of the specification with {@link #fromEnvironment()}. Every value is
 * validated when {@link Builder#build()} runs, so a bad value fails at start-up. Thread-safe.
 */
public final class HttpClientSettings {

    /** Idle keep-alive connections kept per service unless set, capped at the connection limit. */
    public static final int DEFAULT_MAX_KEEP_ALIVE = 20;

    /** The {@code User-Agent} the specification prescribes. */
    public static final String DEFAULT_USER_AGENT = "kugelpos-client/1.0";

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final int maxConnections;
    private final int maxKeepAlive;
    private final boolean maxKeepAliveSet;
    private final int circuitBreakerThreshold;
    private final Duration circuitBreakerTimeout;
    private final int retryAttempts;
    private final Duration retryBackoffBase;
    private final Duration retryBackoffMax;
    private final int maxErrorBodyChars;
    private final boolean debug;
    private final DeploymentEnvironment environment;
    private final String userAgent;
    private final Path trustStore;
    private final String trustStorePassword;
    private final String trustStoreType;
    private final LoadBalancingSettings loadBalancing;
    private final RetryBudgetSettings retryBudget;
    private final ResponseCacheSettings responseCache;
    private final int requestGzipMinBytes;

    private HttpClientSettings(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.responseTimeout = builder.responseTimeout;
        this.writeTimeout = builder.writeTimeout;
        this.callTimeout = builder.callTimeout;
        this.maxConnections = builder.maxConnections;
        this.maxKeepAlive = builder.effectiveMaxKeepAlive();
        this.maxKeepAliveSet = builder.maxKeepAlive != null;
        this.circuitBreakerThreshold = builder.circuitBreakerThreshold;
        this.circuitBreakerTimeout = builder.circuitBreakerTimeout;
        this.retryAttempts = builder.retryAttempts;
        this.retryBackoffBase = builder.retryBackoffBase;
        this.retryBackoffMax = builder.retryBackoffMax;
        this.maxErrorBodyChars = builder.maxErrorBodyChars;
        this.debug = builder.debug;
        this.environment = builder.environment;
        this.userAgent = builder.userAgent;
        this.trustStore = builder.trustStore;
        this.trustStorePassword = builder.trustStorePassword;
        this.trustStoreType = builder.trustStoreType;
        this.loadBalancing = builder.loadBalancing;
        this.retryBudget = builder.retryBudget;
        this.responseCache = builder.responseCache;
        this.requestGzipMinBytes = builder.requestGzipMinBytes;
    }

    /** The specification's defaults. */
    public static HttpClientSettings defaults() {
        return builder().build();
    }

    /** A builder preset with the specification's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings from the process environment; see {@link EnvironmentSettings} for the variables. */
    public static HttpClientSettings fromEnvironment() {
        return EnvironmentSettings.load(System.getenv());
    }

    /** Settings from the given variables; see {@link EnvironmentSettings} for the names. */
    public static HttpClientSettings fromEnvironment(Map<String, String> variables) {
        return EnvironmentSettings.load(variables);
    }

    /** A builder preset with these settings, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Bound on establishing a TCP (and TLS) connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Bound on one attempt from sending the request to the last byte of the response. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** Bound on sending the request body; folded into the attempt bound of the JDK client. */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** Deadline of a logical call, all attempts, backoff and waits for a connection included. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Most connections (requests in flight) to one service at once. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Most idle keep-alive connections kept per service. */
    public int maxKeepAlive() {
        return maxKeepAlive;
    }

    /** Consecutive failed attempts that open a service's breaker. */
    public int circuitBreakerThreshold() {
        return circuitBreakerThreshold;
    }

    /** How long a breaker stays open before it lets one probe through. */
    public Duration circuitBreakerTimeout() {
        return circuitBreakerTimeout;
    }

    /** Attempts of a logical call in all, the first included. */
    public int retryAttempts() {
        return retryAttempts;
    }

    /** Backoff before the first retry; it doubles on each further retry, with jitter. */
    public Duration retryBackoffBase() {
        return retryBackoffBase;
    }

    /** Upper bound of one backoff delay. */
    public Duration retryBackoffMax() {
        return retryBackoffMax;
    }

    /** Most characters of a response body kept in an exception. */
    public int maxErrorBodyChars() {
        return maxErrorBodyChars;
    }

    /** Whether headers and bodies are logged (masked) at DEBUG, the specification's {@code debug=True}. */
    public boolean debug() {
        return debug;
    }

    /** Development or production; production refuses {@code http://} service URLs. */
    public DeploymentEnvironment environment() {
        return environment;
    }

    /** The {@code User-Agent} header sent with every request. */
    public String userAgent() {
        return userAgent;
    }

    /** A trust store to verify server certificates with, or empty for the JDK's default. */
    public Optional<Path> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** The trust store's password, or empty; never printed by {@link #toString()}. */
    public Optional<String> trustStorePassword() {
        return Optional.ofNullable(trustStorePassword);
    }

    /** The trust store's type, {@code PKCS12} by default. */
    public String trustStoreType() {
        return trustStoreType;
    }

    /** How calls are spread over a service's instances, health checks and outlier ejection. */
    public LoadBalancingSettings loadBalancing() {
        return loadBalancing;
    }

    /** The share of recent calls that retries may add per service. */
    public RetryBudgetSettings retryBudget() {
        return retryBudget;
    }

    /** The bounds of a service's GET response cache, for clients that turn it on. */
    public ResponseCacheSettings responseCache() {
        return responseCache;
    }

    /** Request bodies of at least this many bytes are sent gzip-compressed; 0 when never. */
    public int requestGzipMinBytes() {
        return requestGzipMinBytes;
    }

    @Override
    public String toString() {
        return "HttpClientSettings{connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout
                + ", writeTimeout=" + writeTimeout
                + ", callTimeout=" + callTimeout
                + ", maxConnections=" + maxConnections
                + ", maxKeepAlive=" + maxKeepAlive
                + ", circuitBreakerThreshold=" + circuitBreakerThreshold
                + ", circuitBreakerTimeout=" + circuitBreakerTimeout
                + ", retryAttempts=" + retryAttempts
                + ", retryBackoffBase=" + retryBackoffBase
                + ", retryBackoffMax=" + retryBackoffMax
                + ", maxErrorBodyChars=" + maxErrorBodyChars
                + ", debug=" + debug
                + ", environment=" + environment
                + ", userAgent=" + userAgent
                + ", trustStore=" + trustStore
                + ", trustStorePassword=" + (trustStorePassword == null ? "none" : "****")
                + ", trustStoreType=" + trustStoreType
                + ", loadBalancing=" + loadBalancing
                + ", retryBudget=" + retryBudget
                + ", responseCache=" + responseCache
                + ", requestGzipMinBytes=" + requestGzipMinBytes
                + '}';
    }

    /** Builds {@link HttpClientSettings}; {@link #build()} validates every value. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private int maxConnections = 100;
        private Integer maxKeepAlive;
        private int circuitBreakerThreshold = 3;
        private Duration circuitBreakerTimeout = Duration.ofSeconds(60);
        private int retryAttempts = 3;
        private Duration retryBackoffBase = Duration.ofMillis(200);
        private Duration retryBackoffMax = Duration.ofSeconds(5);
        private int maxErrorBodyChars = 2048;
        private boolean debug;
        private DeploymentEnvironment environment = DeploymentEnvironment.DEVELOPMENT;
        private String userAgent = DEFAULT_USER_AGENT;
        private Path trustStore;
        private String trustStorePassword;
        private String trustStoreType = "PKCS12";
        private LoadBalancingSettings loadBalancing = LoadBalancingSettings.defaults();
        private RetryBudgetSettings retryBudget = RetryBudgetSettings.defaults();
        private ResponseCacheSettings responseCache = ResponseCacheSettings.defaults();
        private int requestGzipMinBytes;

        private Builder() {}

        private Builder(HttpClientSettings from) {
            connectTimeout = from.connectTimeout;
            responseTimeout = from.responseTimeout;
            writeTimeout = from.writeTimeout;
            callTimeout = from.callTimeout;
            maxConnections = from.maxConnections;
            maxKeepAlive = from.maxKeepAliveSet ? from.maxKeepAlive : null;
            circuitBreakerThreshold = from.circuitBreakerThreshold;
            circuitBreakerTimeout = from.circuitBreakerTimeout;
            retryAttempts = from.retryAttempts;
            retryBackoffBase = from.retryBackoffBase;
            retryBackoffMax = from.retryBackoffMax;
            maxErrorBodyChars = from.maxErrorBodyChars;
            debug = from.debug;
            environment = from.environment;
            userAgent = from.userAgent;
            trustStore = from.trustStore;
            trustStorePassword = from.trustStorePassword;
            trustStoreType = from.trustStoreType;
            loadBalancing = from.loadBalancing;
            retryBudget = from.retryBudget;
            responseCache = from.responseCache;
            requestGzipMinBytes = from.requestGzipMinBytes;
        }

        /** Sets the connect, response and write bounds at once, as {@code HTTP_TIMEOUT} does. */
        public Builder timeout(Duration timeout) {
            return connectTimeout(timeout).responseTimeout(timeout).writeTimeout(timeout);
        }

        /** @see HttpClientSettings#connectTimeout() */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** @see HttpClientSettings#responseTimeout() */
        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        /** @see HttpClientSettings#writeTimeout() */
        public Builder writeTimeout(Duration value) {
            writeTimeout = value;
            return this;
        }

        /** @see HttpClientSettings#callTimeout() */
        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        /** @see HttpClientSettings#maxConnections() */
        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        /** @see HttpClientSettings#maxKeepAlive() */
        public Builder maxKeepAlive(int value) {
            maxKeepAlive = value;
            return this;
        }

        /** @see HttpClientSettings#circuitBreakerThreshold() */
        public Builder circuitBreakerThreshold(int value) {
            circuitBreakerThreshold = value;
            return this;
        }

        /** @see HttpClientSettings#circuitBreakerTimeout() */
        public Builder circuitBreakerTimeout(Duration value) {
            circuitBreakerTimeout = value;
            return this;
        }

        /** @see HttpClientSettings#retryAttempts() */
        public Builder retryAttempts(int value) {
            retryAttempts = value;
            return this;
        }

        /** @see HttpClientSettings#retryBackoffBase() */
        public Builder retryBackoffBase(Duration value) {
            retryBackoffBase = value;
            return this;
        }

        /** @see HttpClientSettings#retryBackoffMax() */
        public Builder retryBackoffMax(Duration value) {
            retryBackoffMax = value;
            return this;
        }

        /** @see HttpClientSettings#maxErrorBodyChars() */
        public Builder maxErrorBodyChars(int value) {
            maxErrorBodyChars = value;
            return this;
        }

        /** @see HttpClientSettings#debug() */
        public Builder debug(boolean value) {
            debug = value;
            return this;
        }

        /** @see HttpClientSettings#environment() */
        public Builder environment(DeploymentEnvironment value) {
            environment = value;
            return this;
        }

        /** @see HttpClientSettings#userAgent() */
        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        /** Verifies server certificates against this trust store instead of the JDK's. */
        public Builder trustStore(Path path, String password, String type) {
            trustStore = path;
            trustStorePassword = password;
            trustStoreType = type;
            return this;
        }

        /** @see HttpClientSettings#loadBalancing() */
        public Builder loadBalancing(LoadBalancingSettings value) {
            loadBalancing = Objects.requireNonNull(value, "loadBalancing");
            return this;
        }

        /** @see HttpClientSettings#retryBudget() */
        public Builder retryBudget(RetryBudgetSettings value) {
            retryBudget = Objects.requireNonNull(value, "retryBudget");
            return this;
        }

        /** @see HttpClientSettings#responseCache() */
        public Builder responseCache(ResponseCacheSettings value) {
            responseCache = Objects.requireNonNull(value, "responseCache");
            return this;
        }

        /** @see HttpClientSettings#requestGzipMinBytes() (0 turns request compression off) */
        public Builder requestGzipMinBytes(int value) {
            requestGzipMinBytes = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException naming the first value that is out of range
         */
        public HttpClientSettings build() {
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("responseTimeout", responseTimeout);
            requirePositive("writeTimeout", writeTimeout);
            requirePositive("callTimeout", callTimeout);
            requireRange("maxConnections", maxConnections, 1, 10_000);
            requireRange("maxKeepAlive", effectiveMaxKeepAlive(), 0, maxConnections);
            requireRange("circuitBreakerThreshold", circuitBreakerThreshold, 1, 1_000);
            requirePositive("circuitBreakerTimeout", circuitBreakerTimeout);
            requireRange("retryAttempts", retryAttempts, 1, 10);
            requirePositive("retryBackoffBase", retryBackoffBase);
            requirePositive("retryBackoffMax", retryBackoffMax);
            if (retryBackoffMax.compareTo(retryBackoffBase) < 0) {
                throw new InvalidSettingException("retryBackoffMax (" + retryBackoffMax
                        + ") must not be shorter than retryBackoffBase (" + retryBackoffBase + ")");
            }
            requireRange("maxErrorBodyChars", maxErrorBodyChars, 0, 1_000_000);
            requireRange("requestGzipMinBytes", requestGzipMinBytes, 0, Integer.MAX_VALUE);
            Objects.requireNonNull(environment, "environment");
            if (userAgent == null || userAgent.isBlank()) {
                throw new InvalidSettingException("userAgent must not be blank");
            }
            if (trustStore != null && (trustStoreType == null || trustStoreType.isBlank())) {
                throw new InvalidSettingException("trustStoreType must be set with trustStore, e.g. PKCS12 or JKS");
            }
            return new HttpClientSettings(this);
        }

        /** The keep-alive cap as set, or the default capped at the connection limit when unset. */
        private int effectiveMaxKeepAlive() {
            return maxKeepAlive != null ? maxKeepAlive : Math.min(DEFAULT_MAX_KEEP_ALIVE, maxConnections);
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new InvalidSettingException(name + " must be a positive duration, but was " + value);
            }
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidSettingException(
                        name + " must be between " + min + " and " + max + ", but was " + value);
            }
        }
    }
}
