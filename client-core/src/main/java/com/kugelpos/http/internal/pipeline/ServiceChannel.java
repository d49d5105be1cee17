package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.config.ResponseCacheSettings;
import com.kugelpos.http.internal.balancing.EndpointSet;
import com.kugelpos.http.internal.balancing.HealthChecker;
import com.kugelpos.http.internal.balancing.HttpHealthProbe;
import com.kugelpos.http.internal.cache.ResponseCache;
import com.kugelpos.http.internal.cache.ResponseCacheStage;
import com.kugelpos.http.internal.resilience.Backoff;
import com.kugelpos.http.internal.resilience.CircuitBreaker;
import com.kugelpos.http.internal.resilience.RetryBudget;
import com.kugelpos.http.spi.Transport;
import com.kugelpos.http.tracing.TraceContext;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything that the clients of one service share, and the order of its pipeline. A call goes:
 *
 * <ol>
 *   <li>response cache (GETs of clients that turned it on), then the logical call: the attempt loop
 *       with backoff, {@code Retry-After}, the retry budget and the overall deadline;
 *   <li>per attempt: circuit breaker → overload protection (when on) → connection cap → events and logging → instance choice →
 *       attempt headers and bound → compression and decoding → transport.
 * </ol>
 *
 * The README's "pipeline" section says why in this order. Thread-safe.
 */
public final class ServiceChannel implements AutoCloseable {

    private final String service;
    private final ClientContext context;
    private final Transport transport;
    private final EndpointSet endpointSet;
    private final HealthChecker healthChecker;
    private final ConnectionLimiter limiter;
    private final CircuitBreaker breaker;
    private final RetryBudget retryBudget;
    private final Backoff backoff;
    private final OverloadStage overload;
    private final AttemptChain chain;
    private final Hedging hedging;
    private final RetryDecision retryDecision = new RetryDecision(this);
    /** Made once, so that a call allocates no supplier of its own. */
    private final Supplier<String> idempotencyKeys = this::newIdempotencyKey;
    private final Supplier<TraceContext> newTrace;
    private volatile ResponseCacheStage cacheStage;

    /** @param endpoints the service's base URLs, already validated */
    public ServiceChannel(String service, List<URI> endpoints, ClientContext context) {
        this.service = service;
        this.context = context;
        LongSupplier traceIds = context.random()::nextLong;
        this.newTrace = () -> TraceContext.generate(traceIds);
        this.transport = context.transports().create(service, context.settings(), context.executor());
        OutcomeClassifier classifier = new OutcomeClassifier(context.time());
        this.limiter = new ConnectionLimiter(context.settings().pool().maxConnections(), context.time());
        this.breaker = new CircuitBreaker(service, context.settings().breaker().failureThreshold(),
                context.settings().breaker().openDuration(), longestAttempt(context.settings()), context.time());
        this.breaker.onTransition(context.events()::publish);
        this.retryBudget = new RetryBudget(context.settings().retry().budget(), context.time());
        this.backoff = new Backoff(context.settings().retry().backoffBase(), context.settings().retry().backoffMax());
        this.hedging = context.settings().retry().hedging().enabled()
                ? new Hedging(context.settings().retry().hedging(), context.settings().retry().attempts(), context.time())
                : null;
        LoadBalancingSettings balancing = context.settings().loadBalancing();
        this.endpointSet = EndpointSet.of(service, endpoints, balancing, context.random(), context.time(),
                context.events());
        this.healthChecker = endpoints.size() < 2 || balancing.healthCheckInterval().isZero() ? null
                : new HealthChecker(service, endpointSet.all(), balancing, context.time(),
                        new HttpHealthProbe(transport, balancing.healthCheckPath(),
                                min(balancing.healthCheckInterval(), context.settings().timeouts().response()),
                                context.settings().request().userAgent(), classifier::isHealthy),
                        context.events());
        this.overload = OverloadStage.isOn(context.settings().overload())
                ? new OverloadStage(context, context.settings().pool().maxConnections()) : null;
        List<AttemptStage> stages = new ArrayList<>();
        stages.add(new BreakerStage(breaker, context.settings().breaker().counting()));
        if (overload != null) {
            stages.add(overload);
        }
        stages.addAll(List.of(
                new ConnectionCapStage(limiter),
                new AttemptEventsStage(context),
                new InstanceChoiceStage(endpointSet),
                new AttemptHeadersStage(context),
                new ContentCodingStage(context, classifier),
                new TransportStage(transport, classifier, context.time())));
        this.chain = AttemptChain.of(stages);
        if (healthChecker != null) {
            healthChecker.start();
        }
    }

    /**
     * Prepares the request (failing at once on bad input) and starts the call. The call joins the
     * trace of its own {@code traceparent} header, else the thread's current trace, else a new one.
     *
     * @param body the encoded body, or null
     * @param credentials the client's credentials, used unless the options carry their own
     * @param cached whether a GET goes through the service's response cache first
     */
    public CompletableFuture<ServiceResponse> call(HttpMethod method, String path, byte[] body, RequestOptions options,
            Credentials credentials, boolean cached) {
        PreparedRequest request = PreparedRequest.of(method, path, body, options, credentials, idempotencyKeys);
        TraceContext trace = TraceContext.parse(request.header(TraceContext.HEADER))
                .or(TraceContext::current)
                .orElseGet(newTrace);
        Duration budget = options.timeout().orElse(context.settings().timeouts().call());
        if (cached && method == HttpMethod.GET) {
            return cacheStage().get(request, request.describe(service), budget,
                    (sent, within) -> new LogicalCall(this, sent, within, trace).run());
        }
        return new LogicalCall(this, request, budget, trace).run();
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

    /** The shared context of the client registry. */
    public ClientContext context() {
        return context;
    }

    /** The service's connection cap. */
    public ConnectionLimiter limiter() {
        return limiter;
    }

    /** The service's circuit breaker. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The service's retry backoff (exponential with equal jitter), made once from the settings. */
    Backoff backoff() {
        return backoff;
    }

    /** Whether and when the service's calls retry a failed attempt. */
    RetryDecision retryDecision() {
        return retryDecision;
    }

    /** The service's hedging policy, or null when hedging is off. */
    Hedging hedging() {
        return hedging;
    }

    /** The service's adaptive concurrency limit now, or empty when it does not adapt. */
    public OptionalInt concurrencyLimit() {
        return overload == null || !context.settings().overload().adaptiveLimit() ? OptionalInt.empty()
                : OptionalInt.of(overload.limit());
    }

    /** The service's retry budget. */
    public RetryBudget retryBudget() {
        return retryBudget;
    }

    AttemptChain chain() {
        return chain;
    }

    /** Stops the health checks and closes the transport. */
    @Override
    public void close() {
        if (healthChecker != null) {
            healthChecker.close();
        }
        transport.close();
    }

    /** The service's GET response cache stage, made when a client first turns the cache on. */
    private ResponseCacheStage cacheStage() {
        ResponseCacheStage stage = cacheStage;
        if (stage == null) {
            synchronized (this) {
                if (cacheStage == null) {
                    ResponseCacheSettings settings = context.settings().responseCache();
                    cacheStage = new ResponseCacheStage(new ResponseCache<>(settings), settings, context.time(),
                            context.events(), context.mapper(), () -> breaker.state() == CircuitState.OPEN,
                            context.settings().timeouts().call());
                }
                stage = cacheStage;
            }
        }
        return stage;
    }

    /** A random (version 4) UUID from the registry's random source. */
    private String newIdempotencyKey() {
        long most = (context.random().nextLong() & ~0xF000L) | 0x4000L;
        long least = (context.random().nextLong() & ~(3L << 62)) | (1L << 63);
        return new UUID(most, least).toString();
    }

    /** The longest an attempt may take: the response timeout plus the write timeout of a body. */
    private static Duration longestAttempt(HttpClientSettings settings) {
        return settings.timeouts().response().plus(settings.timeouts().write());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
