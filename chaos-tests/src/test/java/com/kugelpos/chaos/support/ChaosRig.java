package com.kugelpos.chaos.support;

import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.chaos.toxiproxy.ToxiproxyServer;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.resilience.CircuitState;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;

/**
 * One chaos scenario's set-up: the real master-data and journal reference services, a Toxiproxy
 * proxy in front of each, and a {@link ServiceClients} whose resolver points each service at its
 * proxy, with shortened settings ({@link #SETTINGS}), a {@link SimpleMeterRegistry} and the
 * scenario's timeline as listener. Faults are switched through {@link #fault} so the timeline shows
 * them. Close it to stop everything. Thread-safe.
 */
public final class ChaosRig implements AutoCloseable {

    /** Services the rig runs; journal's own upstream (cart) is never called in these suites. */
    public static final List<Service> SERVICES = List.of(Service.MASTER_DATA, Service.JOURNAL);

    /**
     * The shortened settings: 500 ms per attempt, 300 ms to connect, a 3 s call deadline, 3 attempts
     * with 30 ms backoff base (then 60 ms, at most 200 ms), the breaker opening after 3 failures for 1 s.
     */
    public static final HttpClientSettings SETTINGS = HttpClientSettings.builder()
            .timeouts(t -> t.connect(Duration.ofMillis(300)).response(Duration.ofMillis(500))
                    .write(Duration.ofMillis(500)).call(Duration.ofSeconds(3)))
            .retry(r -> r.attempts(3).backoffBase(Duration.ofMillis(30)).backoffMax(Duration.ofMillis(200)))
            .breaker(b -> b.failureThreshold(3).openDuration(Duration.ofSeconds(1)))
            .pool(p -> p.maxConnections(16))
            .build();

    /**
     * How much later than due a timer may fire, or a local call may take, on a loaded two-core
     * machine: the upper margin of every timing assertion.
     */
    public static final long SLACK_MS = 400;

    private static final AtomicInteger PROXY_NUMBER = new AtomicInteger();

    private final ScenarioTimeline timeline;
    private final ReferenceServices services;
    private final ToxiproxyServer toxiproxy;
    private final Map<Service, ChaosProxy> proxies = new EnumMap<>(Service.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FailureHooks hooks = new FailureHooks();
    private final ServiceClients clients;

    private ChaosRig(ScenarioTimeline timeline, HttpClientSettings settings, ReferenceServices services,
            ToxiproxyServer toxiproxy) {
        this.timeline = timeline;
        this.services = services;
        this.toxiproxy = toxiproxy;
        Map<String, List<URI>> urls = new HashMap<>();
        for (Service service : SERVICES) {
            ChaosProxy proxy = toxiproxy.proxy(
                    "chaos-" + service.serviceName() + "-" + PROXY_NUMBER.incrementAndGet(), services.url(service).getPort());
            proxies.put(service, proxy);
            urls.put(service.serviceName(), List.of(proxy.url()));
        }
        this.clients = ServiceClients.builder()
                .settings(settings)
                .resolver(ServiceResolver.fixed(urls))
                .meterRegistry(meters)
                .listener(timeline)
                .listener(hooks)
                .build();
        timeline.startClock();
    }

    /** Starts a rig with {@link #SETTINGS}. */
    public static ChaosRig start(ScenarioTimeline timeline) {
        return start(timeline, UnaryOperator.identity());
    }

    /** Starts a rig with {@link #SETTINGS} changed by {@code change}. */
    public static ChaosRig start(ScenarioTimeline timeline, UnaryOperator<HttpClientSettings.Builder> change) {
        HttpClientSettings settings = change.apply(SETTINGS.toBuilder()).build();
        Warmup.once();
        ReferenceServices services = startServices();
        ToxiproxyServer toxiproxy = null;
        try {
            toxiproxy = ToxiproxyServer.obtain();
            return new ChaosRig(timeline, settings, services, toxiproxy);
        } catch (RuntimeException e) {
            if (toxiproxy != null) {
                closeAfterFailure(toxiproxy, e);
            }
            closeAfterFailure(services, e);
            throw e;
        }
    }

    /** Starts {@link #SERVICES}; journal's upstream cart is a closed port, never called here. */
    static ReferenceServices startServices() {
        return ReferenceServices.builder()
                .upstream(Service.CART, URI.create("http://127.0.0.1:9"))
                .start(SERVICES.toArray(Service[]::new));
    }

    /** The client of {@code service}, calling through its proxy. */
    public ServiceClient client(Service service) {
        return clients.client(service.serviceName());
    }

    /** The state of {@code service}'s breaker. */
    public CircuitState breaker(Service service) {
        return clients.circuitState(service.serviceName());
    }

    /**
     * Waits until {@code service}'s breaker is in {@code state}, polling every 5 ms for at most the
     * breaker's open period plus one second.
     */
    public void awaitBreaker(Service service, CircuitState state) {
        Awaitility.await("breaker of " + service.serviceName() + " " + state)
                .pollInterval(Duration.ofMillis(5))
                .atMost(clients.settings().breaker().openDuration().plusSeconds(1))
                .until(() -> breaker(service) == state);
    }

    /** The proxy in front of {@code service}. */
    public ChaosProxy proxy(Service service) {
        return proxies.get(service);
    }

    /** The provider's own counters (what its {@code GET /_admin/stats} serves). */
    public StatsSnapshot provider(Service service) {
        return services.stats(service);
    }

    /** The service's own URL, bypassing its proxy (for reading the provider's data after a fault). */
    public URI directUrl(Service service) {
        return services.url(service);
    }

    /** The settings the client runs with. */
    public HttpClientSettings settings() {
        return clients.settings();
    }

    /** Closes the client registry only (its threads stop); the proxies and services stay up. */
    public void closeClients() {
        clients.close();
    }

    /** The client's gauge {@value MetricNames#CONNECTIONS_IN_USE} of {@code service}. */
    public double connectionsInUse(Service service) {
        return gauge(MetricNames.CONNECTIONS_IN_USE, service);
    }

    /** The client's gauge {@value MetricNames#CONNECTIONS_WAITING} of {@code service}. */
    public double connectionsWaiting(Service service) {
        return gauge(MetricNames.CONNECTIONS_WAITING, service);
    }

    /** The meters the client recorded. */
    public SimpleMeterRegistry meters() {
        return meters;
    }

    /** The scenario's timeline. */
    public ScenarioTimeline timeline() {
        return timeline;
    }

    /** Starts a phase of the scenario (shown in the report). */
    public void phase(String name) {
        timeline.phase(name);
    }

    /** Switches a fault on or off, and records it on the timeline as {@code description}. */
    public void fault(String description, Runnable change) {
        change.run();
        timeline.fault(description);
    }

    /**
     * Heals a transient fault: when the next attempt of {@code service} fails, removes the toxics of
     * its proxy before the client decides about a retry, and records that on the timeline.
     */
    public void healAfterNextFailedAttempt(Service service) {
        hooks.onNextFailedAttempt(service.serviceName(),
                () -> fault("healed after the failed attempt", () -> proxy(service).removeAllToxics()));
    }

    /** Removes every toxic and brings every proxy up again. */
    public void healAll() {
        fault("healed", () -> proxies.values().forEach(proxy -> {
            proxy.removeAllToxics();
            proxy.enable();
        }));
    }

    private double gauge(String name, Service service) {
        Gauge gauge = meters.find(name).tag("service", service.serviceName()).gauge();
        if (gauge == null) {
            throw new IllegalStateException("no " + name + " gauge for " + service
                    + ": the client of that service has not been made yet");
        }
        return gauge.value();
    }

    /** Closes the client registry, deletes the proxies and stops the services. */
    @Override
    public void close() {
        try {
            clients.close();
        } finally {
            try {
                toxiproxy.close();
            } finally {
                services.close();
            }
        }
    }

    private static void closeAfterFailure(AutoCloseable resource, RuntimeException failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
