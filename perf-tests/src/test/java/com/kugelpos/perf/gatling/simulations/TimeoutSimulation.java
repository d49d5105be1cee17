package com.kugelpos.perf.gatling.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.perf.gatling.config.LoadProfile;
import com.kugelpos.perf.gatling.endpoints.CartEndpoints;
import com.kugelpos.perf.gatling.endpoints.ProviderEndpoints;
import com.kugelpos.perf.gatling.environment.CounterReport;
import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import com.kugelpos.perf.gatling.environment.GatewayWarmUp;
import com.kugelpos.perf.gatling.environment.RecordedLatency;
import com.kugelpos.perf.gatling.journeys.Shopping;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A slow provider behind the gateway: master-data healthy, then slower than the gateway client's
 * response timeout, then healthy again, under a steady stream of terminals. The gateway must keep
 * answering: failing calls end within the bound of timeout, attempts and backoff ({@link CallBound});
 * once the breaker is open, calls fail fast (a high percentile asserted, p99 in the report); calls
 * that need no upstream stay fast (no thread or connection exhaustion; master-data's connections
 * stay within the cap); after the latency is removed the breaker closes and calls succeed again.
 */
public class TimeoutSimulation extends Simulation {

    private static final Duration RESPONSE_TIMEOUT = LoadProfile.FaultLoad.RESPONSE_TIMEOUT;
    private static final Duration SLOW_LATENCY = RESPONSE_TIMEOUT.multipliedBy(2);

    private final LoadProfile profile = LoadProfile.fromSystemProperties();
    private final LoadProfile.FaultLoad load = profile.fault();
    private final HttpClientSettings client = HttpClientSettings.builder()
            .timeouts(t -> t.response(RESPONSE_TIMEOUT))
            .retry(r -> r.attempts(3).backoffBase(Duration.ofMillis(100)).backoffMax(Duration.ofMillis(400)))
            .breaker(b -> b.openDuration(load.breakerOpen()))
            .build();
    private final Duration callBound = CallBound.of(client);
    private final GatewayUnderTest gateway = GatewayUnderTest.start(client);
    private final AtomicReference<FaultPhase> phase = new AtomicReference<>(FaultPhase.HEALTHY);
    private final List<String> threadCounts = new ArrayList<>();

    /** Builds the load, the fault timeline and the assertions. */
    public TimeoutSimulation() {
        GatewayWarmUp.run(gateway, Duration.ofSeconds(30));
        gateway.resetMasterDataStats();
        ScenarioBuilder terminals = scenario("terminals").exec(Shopping.fillCart(1, addItemInCurrentPhase()));
        ScenarioBuilder faults = scenario("master-data latency")
                .pause(load.healthy())
                .exec(session -> enter(session, FaultPhase.TRIPPING))
                .pause(LoadProfile.FaultLoad.HEALTHY_DRAIN)
                .exec(session -> delayMasterData(session, SLOW_LATENCY))
                .pause(callBound)
                .exec(session -> enter(session, FaultPhase.OPEN))
                .pause(load.slow().minus(callBound))
                .exec(session -> enter(delayMasterData(session, Duration.ZERO), FaultPhase.SETTLING))
                .pause(load.settle())
                .exec(session -> enter(session, FaultPhase.RECOVERED));
        ScenarioBuilder counters = scenario("master-data counters")
                .exec(ProviderEndpoints.connectionsWithinCap("master-data connections within cap", gateway,
                        ProviderEndpoints.ConnectionCount.CLIENT_HELD));
        RecordedLatency.restart();
        setUp(terminals.injectOpen(constantUsersPerSec(load.usersPerSecond()).during(load.total()))
                        .andThen(counters.injectOpen(atOnceUsers(1))),
                faults.injectOpen(atOnceUsers(1)))
                .protocols(http.baseUrl(gateway.cartUrl())
                        .acceptHeader("application/json")
                        .shareConnections()
                        .disableWarmUp())
                .assertions(assertions());
    }

    private List<Assertion> assertions() {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(forAll().failedRequests().count().is(0L));
        assertions.add(details(FaultPhase.OPEN.addItemName()).responseTime().percentile(load.fastFailPercentile())
                .lte((int) load.fastFailLimit().toMillis()));
        assertions.add(details(CartEndpoints.GET_CART).responseTime().percentile(99.0)
                .lte((int) load.gatewayP99().toMillis()));
        int failureBound = (int) callBound.plus(load.timingSlack()).toMillis();
        for (FaultPhase failing : List.of(FaultPhase.TRIPPING, FaultPhase.OPEN, FaultPhase.SETTLING)) {
            assertions.add(details(failing.addItemName()).responseTime().max().lte(failureBound));
        }
        assertions.add(details(FaultPhase.RECOVERED.addItemName()).successfulRequests().percent().is(100.0));
        return assertions;
    }

    private ChainBuilder addItemInCurrentPhase() {
        return exec(session -> session.set("phase", phase.get()))
                .doIfOrElse(session -> session.<FaultPhase>get("phase").mustSucceed())
                .then(exec(CartEndpoints.addItem(TimeoutSimulation::addItemName, 200)))
                .orElse(exec(CartEndpoints.addItem(TimeoutSimulation::addItemName, 200, 503, 504)));
    }

    private static String addItemName(Session session) {
        return session.<FaultPhase>get("phase").addItemName();
    }

    private Session delayMasterData(Session session, Duration latency) {
        gateway.delayMasterData(latency);
        return session;
    }

    private Session enter(Session session, FaultPhase next) {
        synchronized (threadCounts) {
            threadCounts.add(phase.get() + "→" + next + ": " + ManagementFactory.getThreadMXBean().getThreadCount() + " threads");
        }
        phase.set(next);
        return session;
    }

    /** Publishes master-data's counters, the JVM's thread counts and the bounds, and stops the services. */
    @Override
    public void after() {
        try {
            RecordedLatency.write(getClass());
            String summary = CounterReport.describe(gateway)
                    + System.lineSeparator() + "failing-call bound " + callBound.toMillis() + " ms (+ slack "
                    + load.timingSlack().toMillis() + " ms); JVM threads at phase changes: " + threadCounts;
            CounterReport.publish("TimeoutSimulation-" + profile.name(), summary);
        } finally {
            gateway.close();
        }
    }
}
