package com.kugelpos.perf.gatling.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.perf.gatling.config.LoadProfile;
import com.kugelpos.perf.gatling.endpoints.CartEndpoints;
import com.kugelpos.perf.gatling.environment.CounterReport;
import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import com.kugelpos.perf.gatling.environment.GatewayWarmUp;
import com.kugelpos.perf.gatling.environment.OverloadFigures;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/**
 * Overload protection under a provider cut to a third of its capacity (issue 16, part 2). The
 * gateway's client runs with the adaptive concurrency limit and client-side throttling on; terminals
 * add items at {@value #HIGH_PER_SECOND}/s at high priority (sales) and {@value #LOW_PER_SECOND}/s at
 * low priority ({@code X-Request-Priority: low}), one master-data lookup each. master-data serves
 * {@value #HEALTHY_SLOTS} requests at once, {@value #SERVICE_TIME_MS} ms each (300/s); then only
 * {@value #SLOWED_SLOTS} (100/s, against 150/s offered). The targets, over the cut phase after its
 * settling: goodput (admitted calls per second) stays at least {@value #MIN_GOODPUT_SHARE} of the
 * cut capacity in every second (a plateau, not a collapse), the high class keeps at least 99 %
 * success, and the admitted calls' p95 stays within {@value #MAX_LATENCY_RATIO}× of the healthy
 * phase's; and while master-data is healthy at most {@value #MAX_HEALTHY_SHED_PERCENT} % of the calls
 * are shed (a limit that sheds a healthy provider's calls costs sales for nothing). Shed calls are the
 * gateway's 503. With {@code -D}{@value #PROTECTION_PROPERTY}{@code =off} the gateway's client runs
 * without overload protection, for comparison (the latency target then fails).
 */
public class OverloadSimulation extends Simulation {

    /** The system property that turns the gateway client's overload protection off for a comparison run. */
    static final String PROTECTION_PROPERTY = "perf.overloadProtection";
    static final int HIGH_PER_SECOND = 50;
    static final int LOW_PER_SECOND = 100;
    static final int HEALTHY_SLOTS = 12;
    static final int SLOWED_SLOTS = 4;
    static final int SERVICE_TIME_MS = 40;
    static final double MIN_GOODPUT_SHARE = 0.75;
    static final double MAX_LATENCY_RATIO = 2.0;
    static final double MAX_HEALTHY_SHED_PERCENT = 1.0;

    private static final String GOODPUT_TARGET =
            "goodput in every second of the cut phase >= " + MIN_GOODPUT_SHARE + " of the cut capacity";
    private static final String HEALTHY_SHED_TARGET = "calls shed while master-data is healthy <= "
            + MAX_HEALTHY_SHED_PERCENT + " %";
    private static final String LATENCY_TARGET = "admitted p95 in the cut phase <= " + MAX_LATENCY_RATIO + "x healthy";
    /**
     * The healthy phase starts with this ramp from a tenth of the rates, reported but not held to the
     * targets: the gateway's JIT and pools warm under load (its first calls take up to a second).
     */
    private static final Duration RAMP = Duration.ofSeconds(2);
    private static final List<String> ITEMS = List.of("ITEM1", "ITEM2", "ITEM3");

    private final LoadProfile profile = LoadProfile.fromSystemProperties();
    private final LoadProfile.OverloadLoad load = profile.overload();
    private final boolean protection = protectionOn();
    private final HttpClientSettings client = protection
            ? HttpClientSettings.builder().overload(o -> o.adaptiveLimit(true).throttling(true)).build()
            : HttpClientSettings.builder().build();
    private final GatewayUnderTest gateway = GatewayUnderTest.start(client);
    private final AtomicReference<OverloadPhase> phase = new AtomicReference<>(OverloadPhase.RAMP);
    private final OverloadFigures figures = new OverloadFigures();

    /** Builds the two classes' load, the capacity cut and the targets. */
    public OverloadSimulation() {
        gateway.limitMasterDataCapacity(HEALTHY_SLOTS, Duration.ofMillis(SERVICE_TIME_MS));
        GatewayWarmUp.run(gateway, Duration.ofSeconds(30));
        gateway.resetMasterDataStats();
        ScenarioBuilder cut = scenario("master-data capacity")
                .exec(session -> {
                    figures.markStart();
                    return session;
                })
                .pause(RAMP)
                .exec(session -> {
                    phase.set(OverloadPhase.HEALTHY);
                    return session;
                })
                .pause(load.healthy().minus(RAMP))
                .exec(session -> {
                    gateway.limitMasterDataCapacity(SLOWED_SLOTS, Duration.ofMillis(SERVICE_TIME_MS));
                    phase.set(OverloadPhase.SETTLING);
                    return session;
                })
                .pause(load.settle())
                .exec(session -> {
                    phase.set(OverloadPhase.SLOWED);
                    return session;
                });
        setUp(terminals("high", HIGH_PER_SECOND, 200).andThen(targets().injectOpen(atOnceUsers(1))),
                terminals("low", LOW_PER_SECOND, 200, 503),
                cut.injectOpen(atOnceUsers(1)))
                .protocols(http.baseUrl(gateway.cartUrl())
                        .acceptHeader("application/json")
                        .shareConnections()
                        .disableWarmUp())
                .assertions(assertions());
    }

    private static boolean protectionOn() {
        String value = System.getProperty(PROTECTION_PROPERTY, "on");
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("-D" + PROTECTION_PROPERTY + " must be on or off, was '"
                    + value + "'");
        };
    }

    private PopulationBuilder terminals(String priority, int perSecond, Integer... answered) {
        return scenario(priority + " priority terminals")
                .exec(CartEndpoints.createCart())
                .exec(session -> session.set("phase", phase.get())
                        .set("itemCode", ITEMS.get(ThreadLocalRandom.current().nextInt(ITEMS.size()))))
                .exec(CartEndpoints.addItemAtPriority(session -> addItemName(session, priority), priority, answered))
                .exec(session -> record(session, priority))
                .injectOpen(rampUsersPerSec(perSecond / 10.0).to(perSecond).during(RAMP),
                        constantUsersPerSec(perSecond).during(load.total().minus(RAMP)));
    }

    private static String addItemName(Session session, String priority) {
        return session.<OverloadPhase>get("phase").addItemName(priority);
    }

    private Session record(Session session, String priority) {
        OverloadPhase started = session.get("phase");
        int status = session.contains("status") ? session.getInt("status") : 0;
        long millis = session.contains("millis") ? session.getLong("millis") : -1;
        figures.record(started.addItemName(priority), status, millis);
        return session;
    }

    private ScenarioBuilder targets() {
        return scenario("targets")
                .exec(target(GOODPUT_TARGET, this::leastGoodputShare, MIN_GOODPUT_SHARE, true))
                .exec(target(LATENCY_TARGET, this::admittedLatencyRatio, MAX_LATENCY_RATIO, false))
                .exec(target(HEALTHY_SHED_TARGET, this::healthyShedPercent, MAX_HEALTHY_SHED_PERCENT, false));
    }

    private ChainBuilder target(String name, DoubleSupplier figure, double bound, boolean atLeast) {
        return exec(http(name).get(gateway.masterDataUrl() + "/_admin/stats")
                .check(atLeast
                        ? status().transform(code -> figure.getAsDouble()).gte(bound)
                        : status().transform(code -> figure.getAsDouble()).lte(bound)));
    }

    private List<Assertion> assertions() {
        return List.of(
                details(OverloadPhase.SLOWED.addItemName("high")).successfulRequests().percent().gte(99.0),
                details(OverloadPhase.HEALTHY.addItemName("high")).successfulRequests().percent().is(100.0),
                details(OverloadPhase.HEALTHY.addItemName("low")).successfulRequests().percent().is(100.0),
                details(GOODPUT_TARGET).successfulRequests().percent().is(100.0),
                details(LATENCY_TARGET).successfulRequests().percent().is(100.0),
                details(HEALTHY_SHED_TARGET).successfulRequests().percent().is(100.0));
    }

    /**
     * The least goodput of a whole second in the cut phase (the last second left out: the load ends
     * within it), as a share of the cut capacity.
     */
    private double leastGoodputShare() {
        int from = (int) load.healthy().plus(load.settle()).toSeconds() + 1;
        int to = (int) load.total().toSeconds() - 1;
        List<Integer> perSecond = figures.goodput(from, to);
        double capacity = SLOWED_SLOTS * 1000.0 / SERVICE_TIME_MS;
        double share = perSecond.isEmpty() ? 0 : Collections.min(perSecond) / capacity;
        System.out.printf(Locale.ROOT, "OverloadSimulation: goodput per second in the cut phase %s (capacity %.0f/s):"
                + " least %.2f of it%n", perSecond, capacity, share);
        return share;
    }

    private double healthyShedPercent() {
        double percent = 100 * figures.shareOf(503,
                OverloadPhase.HEALTHY.addItemName("high"), OverloadPhase.HEALTHY.addItemName("low"));
        System.out.printf(Locale.ROOT, "OverloadSimulation: %.2f %% of the calls shed while master-data was healthy%n",
                percent);
        return percent;
    }

    private double admittedLatencyRatio() {
        String[] healthy = {OverloadPhase.HEALTHY.addItemName("high"), OverloadPhase.HEALTHY.addItemName("low")};
        String[] slowed = {OverloadPhase.SLOWED.addItemName("high"), OverloadPhase.SLOWED.addItemName("low")};
        double ratio = figures.admittedPercentile(95, slowed) / figures.admittedPercentile(95, healthy);
        System.out.printf(Locale.ROOT, "OverloadSimulation: admitted median %.0f → %.0f ms, p95 %.0f → %.0f ms:"
                        + " p95 ratio %.2f%n", figures.admittedPercentile(50, healthy),
                figures.admittedPercentile(50, slowed), figures.admittedPercentile(95, healthy),
                figures.admittedPercentile(95, slowed), ratio);
        return ratio;
    }

    /** Publishes the figures and master-data's counters, and stops the services. */
    @Override
    public void after() {
        try {
            CounterReport.publish("OverloadSimulation-" + profile.name() + (protection ? "" : "-unprotected"),
                    figures.describe((int) load.total().toSeconds() + 1) + CounterReport.describe(gateway));
        } finally {
            gateway.close();
        }
    }
}
