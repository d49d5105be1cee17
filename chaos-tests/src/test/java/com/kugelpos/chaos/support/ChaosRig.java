package com.kugelpos.chaos.support;

import com.kugelpos.chaos.report.ChaosTimeline;
import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.CircuitState;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One chaos scenario's set-up, as a JUnit extension on an instance field of the suite: before each
 * test it starts the real master-data and journal reference services, a Toxiproxy proxy in front of
 * each, and a {@link ServiceClients} whose resolver points each service at its proxy, with shortened
 * settings ({@link #SETTINGS}), a {@link SimpleMeterRegistry} and the test's {@link ScenarioTimeline}
 * as listener; after the test it stops them and ends the timeline, which goes into the chaos report.
 * Faults are switched through {@link #fault} so the timeline shows them; the named calls
 * ({@link #callItemDetails()}, {@link #callPostJournal}) make the suites' Kugelpos calls through the
 * proxies.
 *
 * <pre>{@code
 * @RegisterExtension
 * final ChaosRig rig = ChaosRig.perTest();
 *
 * @Test
 * void shouldRetry() {
 *     rig.fault("+ latency 800 ms", () -> rig.proxy(Service.MASTER_DATA).toxics().latency(Duration.ofMillis(800)));
 *     CallResult call = rig.callItemDetails();
 * }
 * }</pre>
 *
 * <p>Thread-safe while a test runs.
 */
public final class ChaosRig implements BeforeEachCallback, AfterEachCallback, ScenarioSteps {

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

    private final HttpClientSettings startSettings;
    private volatile RunningRig running;

    private ChaosRig(HttpClientSettings startSettings) {
        this.startSettings = startSettings;
    }

    /** A rig with {@link #SETTINGS}, started before each test of the suite that registers it. */
    public static ChaosRig perTest() {
        return perTest(UnaryOperator.identity());
    }

    /** A rig with {@link #SETTINGS} changed by {@code change}, started before each test. */
    public static ChaosRig perTest(UnaryOperator<HttpClientSettings.Builder> change) {
        return new ChaosRig(change.apply(SETTINGS.toBuilder()).build());
    }

    /** Starts the test's timeline, then the services, the proxies and the client registry. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (running != null) {
            throw new IllegalStateException("The chaos rig of " + context.getDisplayName() + " is running already:"
                    + " register ChaosRig on an instance field (@RegisterExtension final ChaosRig rig = ChaosRig.perTest())"
                    + " of a suite with the default per-method lifecycle");
        }
        running = RunningRig.start(ChaosTimeline.of(context), startSettings);
    }

    /** Stops what {@link #beforeEach} started, then ends the timeline with the test's failure, if any. */
    @Override
    public void afterEach(ExtensionContext context) {
        RunningRig stopping = running;
        running = null;
        try {
            if (stopping != null) {
                stopping.close();
            }
        } finally {
            ChaosTimeline.end(context);
        }
    }

    /** GETs the details of {@link KugelposCalls#ITEM_CODE} from master-data through its proxy and waits for the end. */
    public CallResult callItemDetails() {
        return CallResult.of(this::startItemDetails);
    }

    /** GETs the item details with its own call deadline and waits for the end. */
    public CallResult callItemDetails(Duration deadline) {
        return CallResult.of(() -> startItemDetails(deadline));
    }

    /** GETs the item details without waiting. */
    public CompletableFuture<ServiceResponse> startItemDetails() {
        return KugelposCalls.itemDetails(client(Service.MASTER_DATA));
    }

    /** GETs the item details with its own call deadline, without waiting. */
    public CompletableFuture<ServiceResponse> startItemDetails(Duration deadline) {
        return KugelposCalls.itemDetails(client(Service.MASTER_DATA), deadline);
    }

    /**
     * POSTs journal {@code receiptNo} to journal through its proxy and waits for the end.
     *
     * @param idempotencyKey the key sent on every attempt, or null to send none
     */
    public CallResult callPostJournal(int receiptNo, String idempotencyKey) {
        return CallResult.of(() -> startPostJournal(receiptNo, idempotencyKey));
    }

    /** POSTs journal {@code receiptNo} without waiting; see {@link #callPostJournal}. */
    public CompletableFuture<ServiceResponse> startPostJournal(int receiptNo, String idempotencyKey) {
        return KugelposCalls.postJournal(client(Service.JOURNAL), receiptNo, idempotencyKey);
    }

    /** The client of {@code service}, calling through its proxy. */
    public ServiceClient client(Service service) {
        return running().clients.client(service.serviceName());
    }

    /** The state of {@code service}'s breaker. */
    public CircuitState breaker(Service service) {
        return running().clients.circuitState(service.serviceName());
    }

    /**
     * Waits until {@code service}'s breaker is in {@code state}, polling every 5 ms for at most the
     * breaker's open period plus one second.
     */
    public void awaitBreaker(Service service, CircuitState state) {
        Awaitility.await("breaker of " + service.serviceName() + " " + state)
                .pollInterval(Duration.ofMillis(5))
                .atMost(running().clients.settings().breaker().openDuration().plusSeconds(1))
                .until(() -> breaker(service) == state);
    }

    /** The proxy in front of {@code service}. */
    public ChaosProxy proxy(Service service) {
        return running().proxies.get(service);
    }

    /** The provider's own counters (what its {@code GET /_admin/stats} serves). */
    public StatsSnapshot provider(Service service) {
        return running().services.stats(service);
    }

    /** The service's own URL, bypassing its proxy (for reading the provider's data after a fault). */
    public URI directUrl(Service service) {
        return running().services.url(service);
    }

    /** The settings the client runs with. */
    public HttpClientSettings settings() {
        return running().clients.settings();
    }

    /** Closes the client registry only (its threads stop); the proxies and services stay up. */
    public void closeClients() {
        running().clients.close();
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
        return running().meters;
    }

    @Override
    public ScenarioTimeline timeline() {
        return running().timeline;
    }

    /**
     * Heals a transient fault: when the next attempt of {@code service} fails, removes the toxics of
     * its proxy before the client decides about a retry, and records that on the timeline.
     */
    public void healAfterNextFailedAttempt(Service service) {
        running().hooks.onNextFailedAttempt(service.serviceName(),
                () -> fault("healed after the failed attempt", () -> proxy(service).removeAllToxics()));
    }

    /** Removes every toxic and brings every proxy up again. */
    public void healAll() {
        fault("healed", () -> running().proxies.values().forEach(proxy -> {
            proxy.removeAllToxics();
            proxy.enable();
        }));
    }

    private double gauge(String name, Service service) {
        Gauge gauge = running().meters.find(name).tag("service", service.serviceName()).gauge();
        if (gauge == null) {
            throw new IllegalStateException("no " + name + " gauge for " + service
                    + ": the client of that service has not been made yet");
        }
        return gauge.value();
    }

    private RunningRig running() {
        RunningRig rig = running;
        if (rig == null) {
            throw new IllegalStateException("The chaos rig runs only during a test: register it with"
                    + " @RegisterExtension on an instance field and use it from @Test methods");
        }
        return rig;
    }
}
