package com.kugelpos.http.metrics;

import com.kugelpos.http.resilience.CircuitState;
import com.kugelpos.http.resilience.CircuitTransition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Records the client's events as Micrometer meters (names in {@link MetricNames}). With no registry
 * given, the client uses an empty composite registry, whose meters cost next to nothing. Thread-safe.
 */
public final class MicrometerMetrics implements ClientEventListener {

    private final MeterRegistry registry;

    /** @param registry where to record */
    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attemptFinished(AttemptEvent event) {
        CallInfo call = event.call();
        String outcome = event.statusClass();
        Timer.builder(MetricNames.REQUESTS)
                .description("HTTP attempts to Kugelpos services")
                .tags("service", call.service(), "method", call.method(), "endpoint", call.endpoint(),
                        "status", event.status() == 0 ? "NONE" : Integer.toString(event.status()), "outcome", outcome)
                .publishPercentiles(0.95)
                .register(registry)
                .record(event.duration());
        if (event.status() == 0 || event.status() >= 400) {
            Counter.builder(MetricNames.ERRORS)
                    .tags("service", call.service(), "endpoint", call.endpoint(), "kind", outcome)
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void retryScheduled(CallInfo call, int nextAttempt, Duration delay, String reason) {
        Counter.builder(MetricNames.RETRIES)
                .tags("service", call.service(), "endpoint", call.endpoint())
                .register(registry)
                .increment();
    }

    @Override
    public void retryDenied(CallInfo call, int deniedAttempt, String reason) {
        Counter.builder(MetricNames.RETRIES_DENIED)
                .description("Retries refused because the service's retry budget was spent")
                .tags("service", call.service(), "endpoint", call.endpoint())
                .register(registry)
                .increment();
    }

    @Override
    public void cacheLookup(CallInfo call, String outcome) {
        Counter.builder(MetricNames.CACHE_REQUESTS)
                .tags("service", call.service(), "endpoint", call.endpoint(), "outcome", outcome)
                .register(registry)
                .increment();
    }

    @Override
    public void callFinished(CallInfo call, int attempts, Duration duration, Throwable failure) {
        Timer.builder(MetricNames.CALLS)
                .tags("service", call.service(), "method", call.method(), "endpoint", call.endpoint(),
                        "outcome", failure == null ? "SUCCESS" : failure.getClass().getSimpleName())
                .register(registry)
                .record(duration);
    }

    @Override
    public void circuitTransition(CircuitTransition transition) {
        Counter.builder(MetricNames.CIRCUIT_TRANSITIONS)
                .tags("service", transition.service(), "from", transition.from().name(), "to", transition.to().name())
                .register(registry)
                .increment();
    }

    @Override
    public void endpointEjected(String service, URI endpoint, Duration period) {
        Counter.builder(MetricNames.ENDPOINT_EJECTIONS)
                .description("Instances ejected after consecutive failures")
                .tags("service", service, "instance", endpoint.toString())
                .register(registry)
                .increment();
    }

    @Override
    public void endpointHealthChanged(String service, URI endpoint, boolean healthy) {
        Counter.builder(MetricNames.ENDPOINT_HEALTH_CHANGES)
                .tags("service", service, "instance", endpoint.toString(), "healthy", Boolean.toString(healthy))
                .register(registry)
                .increment();
    }

    /** Publishes how many of a service's instances are usable. */
    public void bindUsableEndpoints(String service, IntSupplier usable) {
        Gauge.builder(MetricNames.ENDPOINTS_USABLE, usable, IntSupplier::getAsInt)
                .tag("service", service).strongReference(true).register(registry);
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

    /** Publishes how many retries a service's budget allows now. */
    public void bindRetryBudget(String service, IntSupplier available) {
        Gauge.builder(MetricNames.RETRY_BUDGET_AVAILABLE, available, IntSupplier::getAsInt)
                .tag("service", service).strongReference(true).register(registry);
    }

    /** Publishes a service's connection pool gauges. */
    public void bindConnectionPool(String service, IntSupplier inUse, IntSupplier waiting, int max) {
        Gauge.builder(MetricNames.CONNECTIONS_IN_USE, inUse, IntSupplier::getAsInt)
                .tag("service", service).strongReference(true).register(registry);
        Gauge.builder(MetricNames.CONNECTIONS_WAITING, waiting, IntSupplier::getAsInt)
                .tag("service", service).strongReference(true).register(registry);
        Gauge.builder(MetricNames.CONNECTIONS_MAX, () -> max)
                .tag("service", service).strongReference(true).register(registry);
    }
}
