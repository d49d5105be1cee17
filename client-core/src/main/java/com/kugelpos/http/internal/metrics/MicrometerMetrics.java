package com.kugelpos.http.internal.metrics;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.InstanceState;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.HedgeEvent;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.http.event.InstanceHealthEvent;
import com.kugelpos.http.event.LoadShedEvent;
import com.kugelpos.http.event.PanicModeEvent;
import com.kugelpos.http.event.RetryDeniedEvent;
import com.kugelpos.http.event.RetryEvent;
import com.kugelpos.http.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Records the client's events as Micrometer meters (names in {@link MetricNames}). The meters of
 * attempts and calls, recorded on every call, are registered once per tag set and kept (see
 * {@link EndpointMeters}); the rarer ones are looked up in the registry. Thread-safe.
 */
public final class MicrometerMetrics implements ClientEventListener {

    private final MeterRegistry registry;
    private final ConcurrentMap<CallDescription, EndpointMeters> endpoints = new ConcurrentHashMap<>();

    /** @param registry where to record */
    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onAttempt(AttemptEvent event) {
        EndpointMeters.ByStatus meters = endpoint(event.call()).attempts(event.status());
        meters.attempts().record(event.duration());
        if (meters.errors() != null) {
            meters.errors().increment();
        }
    }

    @Override
    public void onRetry(RetryEvent event) {
        count(MetricNames.RETRIES, event.call());
    }

    @Override
    public void onHedge(HedgeEvent event) {
        count(MetricNames.HEDGES, event.call());
    }

    @Override
    public void onRetryDenied(RetryDeniedEvent event) {
        Counter.builder(MetricNames.RETRIES_DENIED)
                .description("Retries refused because the service's retry budget was spent")
                .tags("service", event.call().service(), "endpoint", event.call().pathTemplate())
                .register(registry)
                .increment();
    }

    @Override
    public void onCacheLookup(CacheEvent event) {
        Counter.builder(MetricNames.CACHE_REQUESTS)
                .tags("service", event.call().service(), "endpoint", event.call().pathTemplate(),
                        "outcome", event.outcome().tagValue())
                .register(registry)
                .increment();
    }

    @Override
    public void onCall(CallEvent event) {
        endpoint(event.call()).calls(event.error()).record(event.duration());
    }

    @Override
    public void onBreakerTransition(BreakerTransitionEvent event) {
        Counter.builder(MetricNames.CIRCUIT_TRANSITIONS)
                .tags("service", event.service(), "from", event.from().name(), "to", event.to().name())
                .register(registry)
                .increment();
    }

    @Override
    public void onInstanceEjected(InstanceEjectedEvent event) {
        Counter.builder(MetricNames.ENDPOINT_EJECTIONS)
                .description("Instances ejected by outlier detection")
                .tags("service", event.service(), "instance", event.instance().toString(),
                        "reason", event.reason().tagValue())
                .register(registry)
                .increment();
    }

    @Override
    public void onInstanceHealth(InstanceHealthEvent event) {
        Counter.builder(MetricNames.ENDPOINT_HEALTH_CHANGES)
                .tags("service", event.service(), "instance", event.instance().toString(),
                        "healthy", Boolean.toString(event.healthy()))
                .register(registry)
                .increment();
    }

    @Override
    public void onPanicMode(PanicModeEvent event) {
        Counter.builder(MetricNames.PANIC_MODE_CHANGES)
                .tags("service", event.service(), "panicking", Boolean.toString(event.panicking()))
                .register(registry)
                .increment();
    }

    /** Publishes how many of a service's instances are usable. */
    public void bindUsableEndpoints(String service, IntSupplier usable) {
        gauge(MetricNames.ENDPOINTS_USABLE, service, usable);
    }

    /**
     * Publishes the state of each of a service's instances: usable, ejected, failures in a row.
     *
     * @param instances the instances, in a fixed order; read anew on every sample
     */
    public void bindInstances(String service, Supplier<List<InstanceState>> instances, List<URI> order) {
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            String instance = order.get(i).toString();
            instanceGauge(MetricNames.INSTANCE_USABLE, service, instance,
                    () -> instances.get().get(index).isUsable() ? 1 : 0);
            instanceGauge(MetricNames.INSTANCE_EJECTED, service, instance,
                    () -> instances.get().get(index).isEjected() ? 1 : 0);
            instanceGauge(MetricNames.INSTANCE_CONSECUTIVE_FAILURES, service, instance,
                    () -> instances.get().get(index).consecutiveFailures());
            Gauge.builder(MetricNames.INSTANCE_LATENCY_ESTIMATE, instances,
                            all -> all.get().get(index).latencyEstimate().toNanos() / 1e9)
                    .baseUnit("seconds").tags("service", service, "instance", instance)
                    .strongReference(true).register(registry);
        }
    }

    private void instanceGauge(String name, String service, String instance, IntSupplier value) {
        Gauge.builder(name, value, IntSupplier::getAsInt).tags("service", service, "instance", instance)
                .strongReference(true).register(registry);
    }

    /**
     * Publishes a service's breaker state as one gauge per state. Gauges hold their source strongly:
     * Micrometer's default weak reference would let a lambda be collected and the gauge read NaN.
     */
    public void bindCircuitState(String service, Supplier<CircuitState> state) {
        for (CircuitState each : CircuitState.values()) {
            Gauge.builder(MetricNames.CIRCUIT_STATE, state, s -> s.get() == each ? 1 : 0)
                    .tags("service", service, "state", each.name())
                    .strongReference(true)
                    .register(registry);
        }
    }

    @Override
    public void onLoadShed(LoadShedEvent event) {
        Counter.builder(MetricNames.SHED)
                .description("Attempts the client shed before sending them: concurrency limit or throttling")
                .tags("service", event.call().service(), "endpoint", event.call().pathTemplate(),
                        "priority", event.priority().name().toLowerCase(Locale.ROOT),
                        "reason", event.reason().tagValue())
                .register(registry)
                .increment();
    }

    /** Publishes a service's adaptive concurrency limit. */
    public void bindConcurrencyLimit(String service, IntSupplier limit) {
        gauge(MetricNames.CONCURRENCY_LIMIT, service, limit);
    }

    /** Publishes how many retries a service's budget allows now. */
    public void bindRetryBudget(String service, IntSupplier available) {
        gauge(MetricNames.RETRY_BUDGET_AVAILABLE, service, available);
    }

    /** Publishes a service's connection pool gauges. */
    public void bindConnectionPool(String service, IntSupplier inUse, IntSupplier waiting, int max) {
        gauge(MetricNames.CONNECTIONS_IN_USE, service, inUse);
        gauge(MetricNames.CONNECTIONS_WAITING, service, waiting);
        gauge(MetricNames.CONNECTIONS_MAX, service, () -> max);
    }

    private void gauge(String name, String service, IntSupplier value) {
        Gauge.builder(name, value, IntSupplier::getAsInt).tag("service", service).strongReference(true).register(registry);
    }

    private EndpointMeters endpoint(CallDescription call) {
        EndpointMeters meters = endpoints.get(call);
        return meters != null ? meters : endpoints.computeIfAbsent(call, key -> new EndpointMeters(registry, key));
    }

    private void count(String name, CallDescription call) {
        Counter.builder(name).tags("service", call.service(), "endpoint", call.pathTemplate()).register(registry).increment();
    }
}
