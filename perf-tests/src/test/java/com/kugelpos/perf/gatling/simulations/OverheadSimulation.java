package com.kugelpos.perf.gatling.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import com.kugelpos.perf.gatling.environment.GatewayWarmUp;
import com.kugelpos.perf.gatling.environment.PairedLatency;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Locale;

/**
 * The regression gate: the gateway's cost per item lookup against master-data's own, measured in
 * the same run. 32 users (or {@value #USERS_PROPERTY}) call master-data's item details directly while as many add
 * items through the cart gateway (one item lookup through client-core each), all at once for the
 * same seconds, so that load from other processes on the machine falls on both alike. The gate
 * fails if the gateway's median exceeds {@value #MAX_RATIO} times the direct one. Calibrated on a
 * loaded 2-core machine (load average 15-30): 1.38 and 1.54 with the default transport, 4.05 and
 * 4.50 with the earlier {@code sendAsync} transport (a new thread per response), so a gateway path
 * about twice as costly as now breaches it and a busier machine does not. It also prints the ratio
 * of the two throughputs (calls through the gateway per direct call in the same seconds); e.g. {@code
 * -Dperf.overheadUsers=64} measures it at 64 connections a side.
 */
public class OverheadSimulation extends Simulation {

    /** The largest accepted ratio of the gateway's median item lookup to master-data's direct one. */
    static final double MAX_RATIO = 2.5;

    static final String DIRECT = "item details, master-data direct";
    static final String GATEWAY = "add item, through the gateway";

    /** The system property that sets how many users each side has; 32 when unset. */
    static final String USERS_PROPERTY = "perf.overheadUsers";

    private static final int USERS = usersPerSide();
    private static final Duration LOAD = Duration.ofSeconds(12);
    private static final int ITEMS_PER_CART = 10;

    private static final String ITEM_DETAILS = "/api/v1/tenants/T1/stores/S1/items/ITEM1/details";

    private final GatewayUnderTest gateway = GatewayUnderTest.start(keepAliveAsLargeAsTheCap());
    private final PairedLatency latency = new PairedLatency();

    /** Builds the two loads side by side, then the gate. */
    public OverheadSimulation() {
        GatewayWarmUp.run(gateway, Duration.ofSeconds(30));
        ScenarioBuilder gate = scenario("gate").exec(
                http("gateway median within " + MAX_RATIO + "x of direct")
                        .get(gateway.masterDataUrl() + "/_admin/stats")
                        .check(status().transform(code -> ratio()).lte(MAX_RATIO)));
        setUp(direct().andThen(gate.injectOpen(atOnceUsers(1))), throughGateway())
                .protocols(http.acceptHeader("application/json").disableWarmUp())
                .assertions(forAll().failedRequests().count().is(0L));
    }

    private static int usersPerSide() {
        String value = System.getProperty(USERS_PROPERTY, "32");
        int users;
        try {
            users = Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw invalidUsers(value, notANumber);
        }
        if (users < 1) {
            throw invalidUsers(value, null);
        }
        return users;
    }

    private static IllegalArgumentException invalidUsers(String value, Throwable cause) {
        return new IllegalArgumentException("-D" + USERS_PROPERTY + " must be a whole number of at least 1, e.g. 64,"
                + " but was '" + value + "'", cause);
    }

    private static HttpClientSettings keepAliveAsLargeAsTheCap() {
        HttpClientSettings fromEnvironment = HttpClientSettings.fromEnvironment();
        return fromEnvironment.with(s -> s.pool(p -> p.maxKeepAlive(fromEnvironment.pool().maxConnections())));
    }

    private PopulationBuilder direct() {
        return scenario("master-data direct").repeat(ITEMS_PER_CART).on(exec(http(DIRECT)
                        .get(gateway.masterDataUrl() + ITEM_DETAILS)
                        .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                        .header("X-API-KEY", GatewayUnderTest.API_KEY)
                        .check(latency.of(DIRECT), status().is(200))))
                .injectClosed(constantConcurrentUsers(USERS).during(LOAD));
    }

    private PopulationBuilder throughGateway() {
        return scenario("through the gateway")
                .exec(http("create cart for the gate")
                        .post(gateway.cartUrl() + "/api/v1/carts")
                        .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                        .header("X-API-KEY", GatewayUnderTest.API_KEY)
                        .body(StringBody("{\"transactionType\":101}")).asJson()
                        .check(status().is(201), jsonPath("$.data.cartId").saveAs("cartId")))
                .repeat(ITEMS_PER_CART).on(exec(http(GATEWAY)
                        .post(gateway.cartUrl() + "/api/v1/carts/#{cartId}/lineItems")
                        .queryParam("terminal_id", GatewayUnderTest.TERMINAL_ID)
                        .header("X-API-KEY", GatewayUnderTest.API_KEY)
                        .body(StringBody("[{\"itemCode\":\"ITEM1\",\"quantity\":1}]")).asJson()
                        .check(latency.of(GATEWAY), status().is(200))))
                .injectClosed(constantConcurrentUsers(USERS).during(LOAD));
    }

    private double ratio() {
        double ratio = latency.median(GATEWAY) / latency.median(DIRECT);
        System.out.printf(Locale.ROOT, "OverheadSimulation (%d users a side): median %s %.0f ms (%d calls), %s %.0f ms"
                        + " (%d calls): ratio %.2f (gate %.1f); throughput through the gateway %.2f x direct%n", USERS,
                GATEWAY, latency.median(GATEWAY), latency.count(GATEWAY), DIRECT, latency.median(DIRECT),
                latency.count(DIRECT), ratio, MAX_RATIO, (double) latency.count(GATEWAY) / latency.count(DIRECT));
        return ratio;
    }

    /** Stops the services. */
    @Override
    public void after() {
        gateway.close();
    }
}
