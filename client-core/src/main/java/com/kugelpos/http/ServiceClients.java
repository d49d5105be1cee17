package com.kugelpos.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.internal.pipeline.ClientContext;
import com.kugelpos.http.internal.transport.HiddenResends;
import com.kugelpos.http.internal.transport.KeepAlivePool;
import com.kugelpos.http.internal.pipeline.ServiceChannel;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.internal.logging.HttpRequestLogger;
import com.kugelpos.http.internal.masking.Redactor;
import com.kugelpos.http.internal.metrics.MicrometerMetrics;
import com.kugelpos.http.internal.transport.JdkTransport;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.internal.transport.TlsContexts;
import com.kugelpos.http.spi.TimeSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * The registry of service clients: the specification's {@code get_service_client}. It holds one
 * channel per service (one connection pool, one connection cap, one circuit breaker), made on first
 * use, so every client of a service shares them. Keep one registry for the life of the application
 * and close it at shut-down. Thread-safe.
 *
 * <pre>{@code
 * try (ServiceClients clients = ServiceClients.fromEnvironment()) {
 *     ServiceClient masterData = clients.client("master-data");
 *     ServiceResponse item = masterData.get("/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details",
 *             RequestOptions.builder().pathParams("T1", "S1", "4901234567890")
 *                     .credentials(Credentials.apiKey(apiKey)).query("terminal_id", "T1-S1-1").build()).join();
 * }
 * }</pre>
 */
public final class ServiceClients implements AutoCloseable {

    /** The SLF4J logger that the request lines and call failures go to. */
    public static final String LOGGER_NAME = "com.kugelpos.http";

    private final ClientContext context;
    private final ServiceResolver resolver;
    private final Credentials credentials;
    private final MicrometerMetrics metrics;
    private final ExecutorService executor;
    private final Map<String, ServiceChannel> channels = new ConcurrentHashMap<>();

    private ServiceClients(Builder builder) {
        HttpClientSettings settings = builder.settings;
        TlsContexts.requireHostnameVerification();
        KeepAlivePool.configure(settings.pool().maxKeepAlive(), settings.pool().keepAliveTimeout());
        HiddenResends.configure();
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.metrics = new MicrometerMetrics(builder.meterRegistry == null ? new CompositeMeterRegistry()
                : builder.meterRegistry);
        List<ClientEventListener> listeners = new ArrayList<>(builder.listeners);
        if (builder.meterRegistry != null) {
            listeners.add(0, metrics);
        }
        Redactor redactor = Redactor.defaults();
        this.context = new ClientContext(settings, builder.time, builder.jitter, builder.random,
                new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                redactor, new HttpRequestLogger(redactor, settings.logging().debug()),
                new EventPublisher(listeners, !builder.listeners.isEmpty()), executor, builder.transports);
        this.resolver = builder.resolver;
        this.credentials = builder.credentials;
    }

    /** A builder with the specification's defaults and discovery from the environment. */
    public static Builder builder() {
        return new Builder();
    }

    /** A registry configured from the environment variables (settings and service URLs). */
    public static ServiceClients fromEnvironment() {
        return builder().settings(HttpClientSettings.fromEnvironment()).resolver(ServiceResolver.fromEnvironment()).build();
    }

    /**
     * The client of {@code service}, e.g. {@code "master-data"}.
     *
     * @throws com.kugelpos.http.discovery.UnknownServiceException if the service has no URL
     * @throws com.kugelpos.http.config.InvalidSettingException if its URL is malformed, or is
     *     {@code http://} in production
     */
    public ServiceClient client(String service) {
        Objects.requireNonNull(service, "service");
        if (executor.isShutdown()) {
            throw new IllegalStateException("ServiceClients is closed; build a new one");
        }
        return new ServiceClient(channels.computeIfAbsent(service, this::open), credentials);
    }

    /** The state of a service's breaker; CLOSED for a service not called yet. */
    public CircuitState circuitState(String service) {
        ServiceChannel channel = channels.get(service);
        return channel == null ? CircuitState.CLOSED : channel.breaker().state();
    }

    /**
     * The state of each instance of {@code service} (health, ejection, failures in a row, attempts
     * in flight), in the order discovery listed them; empty for a service not called yet.
     */
    public List<InstanceState> instances(String service) {
        ServiceChannel channel = channels.get(service);
        return channel == null ? List.of() : channel.endpointSet().states();
    }

    /**
     * The adaptive concurrency limit of {@code service} now; empty when the limit does not adapt
     * ({@code overload().adaptiveLimit()} off) or the service was not called yet.
     */
    public OptionalInt concurrencyLimit(String service) {
        ServiceChannel channel = channels.get(service);
        return channel == null ? OptionalInt.empty() : channel.concurrencyLimit();
    }

    /** The shared settings. */
    public HttpClientSettings settings() {
        return context.settings();
    }

    /** Stops the I/O threads; calls under way fail. */
    @Override
    public void close() {
        channels.values().forEach(ServiceChannel::close);
        executor.shutdownNow();
        channels.clear();
    }

    private ServiceChannel open(String service) {
        List<URI> endpoints = resolver.resolve(service);
        ServiceChannel channel = new ServiceChannel(service, endpoints, context);
        metrics.bindCircuitState(service, channel.breaker()::state);
        metrics.bindConnectionPool(service, channel.limiter()::inUse, channel.limiter()::waiting,
                channel.limiter().maxSlots());
        metrics.bindUsableEndpoints(service, channel.endpointSet()::usableCount);
        metrics.bindInstances(service, channel.endpointSet()::states, endpoints);
        if (channel.retryBudget().settings().enabled()) {
            metrics.bindRetryBudget(service, channel.retryBudget()::available);
        }
        if (channel.concurrencyLimit().isPresent()) {
            metrics.bindConcurrencyLimit(service, () -> channel.concurrencyLimit().orElse(0));
        }
        return channel;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kugelpos-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builds {@link ServiceClients}. Not thread-safe. */
    public static final class Builder {
        private HttpClientSettings settings = HttpClientSettings.defaults();
        private ServiceResolver resolver;
        private MeterRegistry meterRegistry;
        private final List<ClientEventListener> listeners = new ArrayList<>();
        private TimeSource time = TimeSource.system();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
        private Transport.Factory transports = JdkTransport.factory();
        private Credentials credentials = Credentials.none();

        private Builder() {}

        /** The settings; the specification's defaults otherwise. */
        public Builder settings(HttpClientSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Where service URLs come from; {@link ServiceResolver#fromEnvironment()} otherwise. */
        public Builder resolver(ServiceResolver value) {
            resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        /** Where to record metrics; none are kept otherwise. */
        public Builder meterRegistry(MeterRegistry value) {
            meterRegistry = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /** Adds a listener of attempts, retries, calls and breaker transitions. */
        public Builder listener(ClientEventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** The clock and scheduler; the system's otherwise. Tests pass a fake to control time. */
        public Builder timeSource(TimeSource value) {
            time = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        /** The random source of backoff jitter, numbers in [0, 1). Tests pass a constant. */
        public Builder jitter(DoubleSupplier value) {
            jitter = Objects.requireNonNull(value, "jitter");
            return this;
        }

        /**
         * The random source of instance choice ({@code p2c}), trace ids and idempotency keys; the
         * thread's random numbers otherwise. Tests pass a seeded one to get the same ids every run.
         */
        public Builder random(RandomGenerator value) {
            random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Makes the transport of each service: the JDK's {@link java.net.http.HttpClient} otherwise.
         * Tests and benchmarks pass one that answers without a network.
         */
        public Builder transport(Transport.Factory value) {
            transports = Objects.requireNonNull(value, "transport");
            return this;
        }

        /** Credentials sent with every call that does not give its own. */
        public Builder credentials(Credentials value) {
            credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /** The registry. */
        public ServiceClients build() {
            if (resolver == null) {
                resolver = ServiceResolver.fromEnvironment();
            }
            return new ServiceClients(this);
        }
    }
}
