package com.kugelpos.perf.gatling.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
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
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Connection pooling under concurrency well above the cap: users ramp to the profile's count (300
 * in smoke), each creating a cart and adding items, so every add is one item lookup from the gateway
 * to master-data. master-data answers in 20 ms, so the demand for connections exceeds client-core's
 * cap of 100. The gateway's client takes its settings from the environment like a deployed service,
 * except that the keep-alive pool is as large as the connection cap unless {@code HTTP_MAX_KEEPALIVE}
 * is set: with the specification's 20 the JDK closes idle connections above 20 while new ones open,
 * and on a loaded machine those closes overlap new sockets (up to 113 seen open at once, with at most
 * 100 requests in flight), which would measure the JDK's closing, not the cap. After the load,
 * master-data's own counters must show at most 100 connections open at once; the summary gives
 * sockets accepted per 10,000 calls. Assertions: no
 * failed request, the item calls' p99 and the gateway's throughput within the profile.
 */
public class PoolingSimulation extends Simulation {

    /** The name of the gateway call measured for throughput and percentiles. */
    static final String ADD_ITEM = "add item";

    private static final Duration MASTER_DATA_LATENCY = Duration.ofMillis(20);
    private static final int ITEMS_PER_CART = 5;

    private final LoadProfile profile = LoadProfile.fromSystemProperties();
    private final GatewayUnderTest gateway = GatewayUnderTest.start(keepAliveAsLargeAsTheCap(HttpClientSettings.fromEnvironment()));

    private static HttpClientSettings keepAliveAsLargeAsTheCap(HttpClientSettings fromEnvironment) {
        if (System.getenv("HTTP_MAX_KEEPALIVE") != null) {
            return fromEnvironment;
        }
        return fromEnvironment.with(s -> s.pool(p -> p.maxKeepAlive(fromEnvironment.pool().maxConnections())));
    }

    /** Builds the load: shoppers, then one look at master-data's counters. */
    public PoolingSimulation() {
        GatewayWarmUp.run(gateway, Duration.ofSeconds(30));
        gateway.delayMasterData(MASTER_DATA_LATENCY);
        gateway.resetMasterDataStats();
        HttpProtocolBuilder protocol = http.baseUrl(gateway.cartUrl())
                .acceptHeader("application/json")
                .shareConnections()
                .disableWarmUp();
        ScenarioBuilder shoppers = scenario("shoppers")
                .exec(Shopping.fillCart(ITEMS_PER_CART, exec(CartEndpoints.addItem(session -> ADD_ITEM, 200))));
        ScenarioBuilder counters = scenario("master-data counters")
                .exec(ProviderEndpoints.connectionsWithinCap("master-data connections within cap", gateway,
                        ProviderEndpoints.ConnectionCount.PROVIDER_OPEN));
        RecordedLatency.restart();
        setUp(shoppers.injectClosed(
                                rampConcurrentUsers(1).to(profile.pooling().users()).during(profile.pooling().ramp()),
                                constantConcurrentUsers(profile.pooling().users()).during(profile.pooling().hold()))
                        .andThen(counters.injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                .assertions(
                        forAll().failedRequests().count().is(0L),
                        details(ADD_ITEM).responseTime().percentile(99.0).lt((int) profile.pooling().p99().toMillis()),
                        global().requestsPerSec().gt(profile.pooling().minThroughput()));
    }

    /** Publishes master-data's counters and stops the services. */
    @Override
    public void after() {
        try {
            RecordedLatency.write(getClass());
            CounterReport.publish("PoolingSimulation-" + profile.name(), CounterReport.describe(gateway));
        } finally {
            gateway.close();
        }
    }
}
