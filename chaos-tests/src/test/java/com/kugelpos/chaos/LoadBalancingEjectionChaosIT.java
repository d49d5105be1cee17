package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.chaos.toxiproxy.OkServer;
import com.kugelpos.chaos.toxiproxy.ToxiproxyServer;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.http.event.InstanceHealthEvent;
import com.kugelpos.http.CircuitState;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Two instances of master-data, each behind its own Toxiproxy proxy; one is broken (taken down, or
 * its connections reset), and the calls keep succeeding on the other while outlier ejection and
 * health checks keep the broken one out and the service's breaker stays CLOSED. After the fault the
 * repaired instance gets calls again. Real time, with shortened settings; calls are made one at a
 * time, bounded in count and in time.
 */
class LoadBalancingEjectionChaosIT {

    private static final String SERVICE = "master-data";
    private static final String PATH = "/api/v1/tenants/T1/stores/S1/items/4901234567890/details";
    private static final int MAX_CALLS = 3_000;
    private static final Duration FAULT_PHASE = Duration.ofSeconds(5);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);

    private final List<BreakerTransitionEvent> transitions = new CopyOnWriteArrayList<>();
    private final List<URI> ejected = new CopyOnWriteArrayList<>();
    private final List<String> healthChanges = new CopyOnWriteArrayList<>();

    private ToxiproxyServer toxiproxy;
    private OkServer healthy;
    private OkServer broken;
    private ChaosProxy healthyProxy;
    private ChaosProxy brokenProxy;
    private ServiceClients clients;

    @BeforeEach
    void startTwoInstancesBehindProxies(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        toxiproxy = ToxiproxyServer.obtain();
        healthy = OkServer.start();
        broken = OkServer.start();
        healthyProxy = toxiproxy.proxy(name + "-a", healthy.port());
        brokenProxy = toxiproxy.proxy(name + "-b", broken.port());
        HttpClientSettings settings = HttpClientSettings.builder()
                .timeouts(t -> t.connect(Duration.ofSeconds(1)).response(Duration.ofSeconds(2))
                        .write(Duration.ofSeconds(2)).call(Duration.ofSeconds(5)))
                .retry(r -> r.backoffBase(Duration.ofMillis(2)).backoffMax(Duration.ofMillis(10)))
                .loadBalancing(b -> b
                        .healthCheckInterval(Duration.ofMillis(500))
                        .unhealthyThreshold(2)
                        .healthyThreshold(2)
                        .outlierConsecutiveFailures(2)
                        .outlierBaseEjection(Duration.ofMillis(500))
                        .outlierMaxEjection(Duration.ofSeconds(4)))
                .build();
        clients = ServiceClients.builder()
                .settings(settings)
                .resolver(ServiceResolver.fixed(Map.of(SERVICE, List.of(healthyProxy.url(), brokenProxy.url()))))
                .listener(new Recorder())
                .build();
    }

    @AfterEach
    void stopEverything() throws Exception {
        clients.close();
        toxiproxy.close();
        healthy.stop();
        broken.stop();
    }

    @Test
    void shouldKeepSucceedingOnTheOtherInstanceWhenOneIsDown() {
        runFaultScenario("down (connections refused)", ChaosProxy::disable, ChaosProxy::enable);
    }

    @Test
    void shouldKeepSucceedingOnTheOtherInstanceWhenOneResetsItsConnections() {
        runFaultScenario("reset_peer", proxy -> proxy.toxics().resetPeer(), ChaosProxy::removeAllToxics);
    }

    private void runFaultScenario(String fault, Consumer<ChaosProxy> breakIt, Consumer<ChaosProxy> repairIt) {
        ServiceClient client = clients.client(SERVICE);
        Outcome before = callFor(client, Duration.ofMillis(300), 50);
        assertThat(before.failures).isZero();
        assertThat(broken.requestCount()).as("both instances get calls before the fault").isPositive();

        breakIt.accept(brokenProxy);
        int brokenBefore = broken.requestCount();
        Outcome during = callFor(client, FAULT_PHASE, MAX_CALLS);

        assertThat(clients.circuitState(SERVICE)).isEqualTo(CircuitState.CLOSED);
        assertThat(transitions).as("the service's breaker never left CLOSED").isEmpty();
        assertThat(during.successRate()).isEqualTo(1.0);
        assertThat(ejected).as("the broken instance was ejected").contains(brokenProxy.url());
        assertThat(broken.requestCount()).as("nothing reached the broken instance").isEqualTo(brokenBefore);

        repairIt.accept(brokenProxy);
        int brokenAtRepair = broken.requestCount();
        long repairedAt = System.nanoTime();
        Outcome after = new Outcome(0, 0);
        while (broken.requestCount() <= brokenAtRepair + 5 && System.nanoTime() - repairedAt < RECOVERY_LIMIT.toNanos()) {
            after = after.plus(callFor(client, Duration.ofMillis(100), 100));
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - repairedAt);

        assertThat(broken.requestCount()).as("the repaired instance gets calls again").isGreaterThan(brokenAtRepair + 5);
        assertThat(after.failures).isZero();
        System.out.printf(Locale.ROOT, "EJECTION figure [%s]: %d calls during a %d s fault, %d succeeded (%.2f %%),"
                        + " breaker %s with %d transitions, %d ejections %s, health changes %s; repaired instance back"
                        + " in %d ms%n",
                fault, during.calls, FAULT_PHASE.toSeconds(), during.calls - during.failures, 100 * during.successRate(),
                clients.circuitState(SERVICE), transitions.size(), ejected.size(), ejectionsOfBroken(), healthChanges,
                recovery.toMillis());
    }

    /** Calls one at a time until {@code duration} has passed or {@code maxCalls} were made. */
    private static Outcome callFor(ServiceClient client, Duration duration, int maxCalls) {
        long end = System.nanoTime() + duration.toNanos();
        int calls = 0;
        int failures = 0;
        while (calls < maxCalls && System.nanoTime() - end < 0) {
            calls++;
            try {
                client.getBlocking(PATH, RequestOptions.none());
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return new Outcome(calls, failures);
    }

    private String ejectionsOfBroken() {
        return ejected.stream().allMatch(brokenProxy.url()::equals) ? "(all of the broken instance)" : "(" + ejected + ")";
    }

    private record Outcome(int calls, int failures) {
        double successRate() {
            return calls == 0 ? 0 : (double) (calls - failures) / calls;
        }

        Outcome plus(Outcome other) {
            return new Outcome(calls + other.calls, failures + other.failures);
        }
    }

    /** Records breaker transitions, ejections and health changes. */
    private final class Recorder implements ClientEventListener {
        @Override
        public void onBreakerTransition(BreakerTransitionEvent transition) {
            transitions.add(transition);
        }

        @Override
        public void onInstanceEjected(InstanceEjectedEvent event) {
            ejected.add(event.instance());
        }

        @Override
        public void onInstanceHealth(InstanceHealthEvent event) {
            healthChanges.add(event.instance().getPort() + (event.healthy() ? " healthy" : " unhealthy"));
        }
    }
}
