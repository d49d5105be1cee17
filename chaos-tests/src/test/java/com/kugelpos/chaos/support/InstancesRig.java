package com.kugelpos.chaos.support;

import com.kugelpos.chaos.report.ChaosTimeline;
import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.chaos.toxiproxy.ToxiproxyServer;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.InstanceState;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.EjectionReason;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A chaos scenario where a service has several instances, as a JUnit extension on an instance
 * field: before each test it starts the test's timeline; {@link #start(int)} starts {@code n} copies
 * of the real master-data and journal
 * reference services (each copy its own process-local registry, with its own counters), a Toxiproxy
 * proxy in front of each copy, and one {@link ServiceClients} that sees the proxies of a service as
 * its instances, with {@link #SETTINGS} and the test's timeline as listener. After the test it stops
 * them and ends the timeline, which goes into the chaos report. It also records outlier ejections and,
 * per instance, the attempts sent to it and when it first answered after a repair. Thread-safe while a test runs.
 */
public final class InstancesRig implements BeforeEachCallback, AfterEachCallback, ScenarioSteps {

    /**
     * {@link ChaosRig#SETTINGS} with a cap of 64 connections, health checks every 500 ms (2 to take
     * an instance out or bring it back) and outlier ejection after 2 failed attempts for 1 s, doubling
     * while it keeps failing, at most 2 s.
     */
    public static final HttpClientSettings SETTINGS = ChaosRig.SETTINGS.toBuilder()
            .pool(p -> p.maxConnections(64))
            .loadBalancing(l -> l.healthCheckInterval(Duration.ofMillis(500)).unhealthyThreshold(2).healthyThreshold(2)
                    .outlierConsecutiveFailures(2).outlierBaseEjection(Duration.ofSeconds(1))
                    .outlierMaxEjection(Duration.ofSeconds(2)))
            .build();

    private static final List<Service> SERVICES = List.of(Service.MASTER_DATA, Service.JOURNAL);
    private static final AtomicInteger PROXY_NUMBER = new AtomicInteger();

    private volatile ScenarioTimeline timeline;
    private volatile Running running;

    private InstancesRig() {}

    /** A rig that each test starts with {@link #start(int)}. */
    public static InstancesRig perTest() {
        return new InstancesRig();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        timeline = ChaosTimeline.of(context);
    }

    /** Starts {@code instances} copies of each service behind their proxies, and the client, with {@code settings}. */
    public void start(int instances, HttpClientSettings settings) {
        if (running != null || timeline == null) {
            throw new IllegalStateException("start the instances rig once per test, from the test");
        }
        Warmup.once();
        running = new Running(timeline, instances, instances, settings);
    }

    /**
     * Starts one copy of each service and {@code instances} proxies in front of it, which the client
     * sees as the service's instances: several instances that share their data, as pods of a
     * service share its database (so an idempotency key is honoured whichever instance a request
     * reaches).
     */
    public void startOverOneCopy(int instances, HttpClientSettings settings) {
        if (running != null || timeline == null) {
            throw new IllegalStateException("start the instances rig once per test, from the test");
        }
        Warmup.once();
        running = new Running(timeline, instances, 1, settings);
    }

    /** {@link #start(int, HttpClientSettings)} with {@link #SETTINGS}. */
    public void start(int instances) {
        start(instances, SETTINGS);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Running stopping = running;
        running = null;
        timeline = null;
        try {
            if (stopping != null) {
                stopping.close();
            }
        } finally {
            ChaosTimeline.end(context);
        }
    }

    /** The client of {@code service}; its instances are the proxies of the copies. */
    public ServiceClient client(Service service) {
        return running().clients.client(service.serviceName());
    }

    /** The client registry. */
    public ServiceClients clients() {
        return running().clients;
    }

    /** The state of {@code service}'s breaker. */
    public CircuitState breaker(Service service) {
        return running().clients.circuitState(service.serviceName());
    }

    /** What the client knows of each instance of {@code service}. */
    public List<InstanceState> instances(Service service) {
        return running().clients.instances(service.serviceName());
    }

    /** The proxy in front of copy {@code index} of {@code service}. */
    public ChaosProxy proxy(Service service, int index) {
        return running().proxies.get(service).get(index);
    }

    /** The counters of the copy of {@code service} behind proxy {@code index}. */
    public StatsSnapshot provider(Service service, int index) {
        return copy(index).stats(service);
    }

    /** The copy of the reference services behind proxy {@code index} (to set artificial behaviours on it). */
    public ReferenceServices copy(int index) {
        List<ReferenceServices> copies = running().copies;
        return copies.get(copies.size() == 1 ? 0 : index);
    }

    /** The proxies of every service, which the client sees as their instances. */
    public Map<String, List<URI>> instanceUrls() {
        Map<String, List<URI>> urls = new HashMap<>();
        running().proxies.forEach((service, proxies) ->
                urls.put(service.serviceName(), proxies.stream().map(ChaosProxy::url).toList()));
        return urls;
    }

    @Override
    public ScenarioTimeline timeline() {
        return running().timeline;
    }

    /** The ejections by outlier detection so far, in order. */
    public List<Ejection> ejections() {
        return List.copyOf(running().recorder.ejections);
    }

    /**
     * One ejection by outlier detection.
     *
     * @param atNanos when, on {@link System#nanoTime()}
     * @param reason the outlier rule that ejected it
     */
    public record Ejection(URI instance, long atNanos, EjectionReason reason) {}

    /**
     * Marks {@code instance} as repaired now; {@link #backAfterRepair} then tells when an attempt to
     * it first got an answer.
     */
    public void repaired(URI instance) {
        running().recorder.repairedAt.put(instance, System.nanoTime());
    }

    /** The attempts the client has sent to {@code instance} so far, answered or failed. */
    public long attemptsTo(URI instance) {
        LongAdder count = running().recorder.attempts.get(instance);
        return count == null ? 0 : count.sum();
    }

    /** From the repair of {@code instance} to its first answered attempt, or null if none came yet. */
    public Duration backAfterRepair(URI instance) {
        Long back = running().recorder.backAt.get(instance);
        Long repaired = running().recorder.repairedAt.get(instance);
        return back == null || repaired == null ? null : Duration.ofNanos(back - repaired);
    }

    private Running running() {
        Running rig = running;
        if (rig == null) {
            throw new IllegalStateException("The instances rig runs only during a test, once started: register it"
                    + " with @RegisterExtension on an instance field and call start(n) in the @Test method");
        }
        return rig;
    }

    /** Ejections, attempts per instance, repairs and first answers after a repair. */
    private static final class Recorder implements ClientEventListener {
        final List<Ejection> ejections = new CopyOnWriteArrayList<>();
        final Map<URI, LongAdder> attempts = new ConcurrentHashMap<>();
        final Map<URI, Long> repairedAt = new ConcurrentHashMap<>();
        final Map<URI, Long> backAt = new ConcurrentHashMap<>();

        @Override
        public void onInstanceEjected(InstanceEjectedEvent event) {
            ejections.add(new Ejection(event.instance(), System.nanoTime(), event.reason()));
        }

        @Override
        public void onAttempt(AttemptEvent event) {
            attempts.computeIfAbsent(event.instance(), instance -> new LongAdder()).increment();
            Long repaired = repairedAt.get(event.instance());
            if (repaired != null && event.status() > 0 && event.status() < 500) {
                backAt.putIfAbsent(event.instance(), System.nanoTime());
            }
        }
    }

    /** What one test started; {@link #close()} stops it in the reverse order. */
    private static final class Running implements AutoCloseable {
        final ScenarioTimeline timeline;
        final List<ReferenceServices> copies = new ArrayList<>();
        final Map<Service, List<ChaosProxy>> proxies = new EnumMap<>(Service.class);
        final Recorder recorder = new Recorder();
        final ToxiproxyServer toxiproxy;
        final ServiceClients clients;

        /** @param copyCount {@code instances} (a copy behind each proxy) or 1 (one copy behind all) */
        Running(ScenarioTimeline timeline, int instances, int copyCount, HttpClientSettings settings) {
            this.timeline = timeline;
            try {
                for (int i = 0; i < copyCount; i++) {
                    copies.add(RunningRig.startServices());
                }
                toxiproxy = ToxiproxyServer.obtain();
                Map<String, List<URI>> urls = new HashMap<>();
                for (Service service : SERVICES) {
                    List<ChaosProxy> ofService = new ArrayList<>();
                    for (int i = 0; i < instances; i++) {
                        ReferenceServices copy = copies.get(copyCount == 1 ? 0 : i);
                        ofService.add(toxiproxy.proxy("instances-" + service.serviceName() + "-"
                                + PROXY_NUMBER.incrementAndGet(), copy.url(service).getPort()));
                    }
                    proxies.put(service, ofService);
                    urls.put(service.serviceName(), ofService.stream().map(ChaosProxy::url).toList());
                }
                clients = ServiceClients.builder()
                        .settings(settings)
                        .resolver(ServiceResolver.fixed(urls))
                        .listener(timeline)
                        .listener(recorder)
                        .build();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            timeline.startClock();
        }

        @Override
        public void close() {
            try {
                if (clients != null) {
                    clients.close();
                }
            } finally {
                try {
                    if (toxiproxy != null) {
                        toxiproxy.close();
                    }
                } finally {
                    copies.forEach(ReferenceServices::close);
                }
            }
        }
    }
}
