package com.kugelpos.chaos.support;

import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.chaos.toxiproxy.ToxiproxyServer;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one test's {@link ChaosRig} started: the reference services, a Toxiproxy proxy in front of
 * each, and the client registry pointed at the proxies, with the scenario's timeline and the failure
 * hooks as listeners. {@link #close()} stops them in the reverse order. Thread-safe.
 */
final class RunningRig implements AutoCloseable {

    private static final AtomicInteger PROXY_NUMBER = new AtomicInteger();

    final ScenarioTimeline timeline;
    final ReferenceServices services;
    final Map<Service, ChaosProxy> proxies = new EnumMap<>(Service.class);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final FailureHooks hooks = new FailureHooks();
    final ServiceClients clients;
    private final ToxiproxyServer toxiproxy;

    private RunningRig(ScenarioTimeline timeline, HttpClientSettings settings, ReferenceServices services,
            ToxiproxyServer toxiproxy) {
        this.timeline = timeline;
        this.services = services;
        this.toxiproxy = toxiproxy;
        Map<String, List<URI>> urls = new HashMap<>();
        for (Service service : ChaosRig.SERVICES) {
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

    /** Warms the JVM up once, then starts everything; what was started is stopped again if a step fails. */
    static RunningRig start(ScenarioTimeline timeline, HttpClientSettings settings) {
        Warmup.once();
        ReferenceServices services = startServices();
        ToxiproxyServer toxiproxy = null;
        try {
            toxiproxy = ToxiproxyServer.obtain();
            return new RunningRig(timeline, settings, services, toxiproxy);
        } catch (RuntimeException e) {
            if (toxiproxy != null) {
                closeAfterFailure(toxiproxy, e);
            }
            closeAfterFailure(services, e);
            throw e;
        }
    }

    /** Starts {@link ChaosRig#SERVICES}; journal's upstream cart is a closed port, never called here. */
    static ReferenceServices startServices() {
        return ReferenceServices.builder()
                .upstream(Service.CART, URI.create("http://127.0.0.1:9"))
                .start(ChaosRig.SERVICES.toArray(Service[]::new));
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
