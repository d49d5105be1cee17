package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallerLoad;
import com.kugelpos.chaos.support.CallerLoad.Call;
import com.kugelpos.chaos.support.InstancesRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.chaos.support.LatencyRecorder;
import com.kugelpos.chaos.support.RequestShareFault;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.config.LoadBalancingPolicy;
import com.kugelpos.http.event.EjectionReason;
import com.kugelpos.reference.Service;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Latency-aware balancing and panic mode through the real Toxiproxy, three instances of
 * master-data, 32 concurrent callers. With {@code peak-ewma}, an instance made slow by a latency
 * toxic is left almost alone within 2 s, and the p99 of the calls stays near that of a client of
 * the two healthy instances only: the callers' calls alternate between the two clients at the
 * same time, so whatever slows the machine slows both alike, and the median of the p99 ratios of
 * seven 3 s windows is compared, so one window slowed by the machine does not decide. With two
 * of three instances down and a panic threshold of 50 %, calls keep going to all three instead of
 * piling onto the one left; without it they all go to that one. An
 * instance that fails a quarter of its requests (at most 4 in a row at the service; the client may
 * see more in a row, fast 503s overtaking slower answers, so the consecutive rule is off) is ejected
 * by the failure-percentage rule, at any throughput.
 */
class LatencyAwareBalancingChaosIT {

    private static final Service MD = Service.MASTER_DATA;
    private static final int CALLERS = 32;
    private static final String GET = "GET item";
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration WINDOW = Duration.ofSeconds(3);
    private static final int WINDOWS = 7;
    private static final Duration FAULT = Duration.ofSeconds(10);
    private static final Duration STEER_WITHIN = Duration.ofSeconds(2);
    private static final Duration SLOWNESS = Duration.ofMillis(250);
    private static final Duration HUNG_AFTER = InstancesRig.SETTINGS.timeouts().call().plusSeconds(2);

    @RegisterExtension
    final InstancesRig rig = InstancesRig.perTest();

    @Test
    void shouldLeaveASlowInstanceAlmostAloneWithinTwoSecondsAndKeepTheP99NearTheHealthyOnlyBaseline()
            throws Exception {
        HttpClientSettings peakEwma = InstancesRig.SETTINGS.toBuilder()
                .loadBalancing(l -> l.policy(LoadBalancingPolicy.PEAK_EWMA))
                .build();
        rig.start(3, peakEwma);
        URI slow = rig.proxy(MD, 0).url();
        List<URI> healthy = List.of(rig.proxy(MD, 1).url(), rig.proxy(MD, 2).url());
        // The same timeline listener as the rig's client, so both clients pay the same per attempt.
        try (ServiceClients healthyOnly = ServiceClients.builder().settings(peakEwma)
                .resolver(ServiceResolver.fixed(Map.of(MD.serviceName(), healthy))).listener(rig.timeline())
                .build()) {
            LatencyRecorder withSlow = new LatencyRecorder();
            LatencyRecorder baseline = new LatencyRecorder();
            warmUp(rig.clients(), "warm-up, three instances");
            warmUp(healthyOnly, "warm-up, the two healthy instances only");
            rig.fault("+ latency " + SLOWNESS.toMillis() + " ms on instance 1", () -> rig.proxy(MD, 0).toxics()
                    .latency(SLOWNESS));
            long slowBefore = attemptsTo(slow);
            long allBefore = allAttempts();
            long[] steered = new long[2];
            LatencyRecorder firstRound = new LatencyRecorder();
            CallerLoad first = load(rig.clients(), firstRound);
            rig.phase("three instances, instance 1 slow");
            first.run(STEER_WITHIN.plus(WINDOW), Map.of(STEER_WITHIN, () -> {
                steered[0] = attemptsTo(slow);
                steered[1] = allAttempts();
            }));
            double shareFirstTwoSeconds = share(steered[0] - slowBefore, steered[1] - allBefore);
            double shareAfter = share(attemptsTo(slow) - steered[0], allAttempts() - steered[1]);
            long comparisonStart = System.nanoTime();
            sideBySide(rig.clients(), withSlow, healthyOnly, baseline, WINDOW.multipliedBy(WINDOWS));
            List<Double> windowRatios = new ArrayList<>();
            for (int window = 0; window < WINDOWS; window++) {
                long from = comparisonStart + window * WINDOW.toNanos();
                long to = from + WINDOW.toNanos();
                windowRatios.add((double) withSlow.percentile(99, from, to).toNanos()
                        / baseline.percentile(99, from, to).toNanos());
            }
            shareAfter = Math.max(shareAfter, share(attemptsTo(slow) - steered[0], allAttempts() - steered[1]));

            Duration p99Baseline = baseline.percentile(99, 0, Long.MAX_VALUE);
            Duration p99 = withSlow.percentile(99, 0, Long.MAX_VALUE);
            double medianRatio = windowRatios.stream().sorted().toList().get(WINDOWS / 2);
            String ratios = windowRatios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                    .collect(Collectors.joining(" "));
            rig.timeline().figure("slow instance's share in the first 2 s", percent(shareFirstTwoSeconds));
            rig.timeline().figure("slow instance's share from 2 s on", percent(shareAfter));
            rig.timeline().figure("p99 healthy only (ms)", millis(p99Baseline));
            rig.timeline().figure("p99 with the slow instance (ms)", millis(p99));
            rig.timeline().figure("p99 ratio of each 3 s window", ratios);
            rig.timeline().figure("median p99 ratio", String.format(Locale.ROOT, "%.2f", medianRatio));
            System.out.printf(Locale.ROOT, "PEAK-EWMA figure: slow instance (+%d ms) share %s in the first 2 s, %s"
                            + " after; p99 healthy only %s ms, with the slow instance %s ms; p99 ratio per"
                            + " window %s (median %.2fx); p50 %s / %s ms%n",
                    SLOWNESS.toMillis(), percent(shareFirstTwoSeconds), percent(shareAfter), millis(p99Baseline),
                    millis(p99), ratios, medianRatio, millis(baseline.percentile(50, 0, Long.MAX_VALUE)),
                    millis(withSlow.percentile(50, 0, Long.MAX_VALUE)));

            assertThat(shareAfter).as("the slow instance's share of attempts from 2 s after the fault on")
                    .isLessThan(0.10);
            assertThat(medianRatio).as("median of the p99 ratios of %d windows of the side-by-side load: %s", WINDOWS,
                    ratios).isLessThanOrEqualTo(1.2);
        }
    }

    /** The callers on {@code clients} for {@link #WARM_UP}. */
    private void warmUp(ServiceClients clients, String phase) throws Exception {
        runWithoutFailures(load(clients, new LatencyRecorder()), WARM_UP, phase);
    }

    /**
     * The callers for {@code duration}, their calls alternating between the two clients, so that
     * whatever slows the machine slows both alike.
     */
    private void sideBySide(ServiceClients first, LatencyRecorder firstLatencies, ServiceClients second,
            LatencyRecorder secondLatencies, Duration duration) throws Exception {
        CallerLoad load = new CallerLoad(CALLERS, n -> n % 2 == 0
                ? new Call(GET + " (three instances)", firstLatencies.time(
                        () -> KugelposCalls.itemDetails(first.client(MD.serviceName()))))
                : new Call(GET + " (healthy only)", secondLatencies.time(
                        () -> KugelposCalls.itemDetails(second.client(MD.serviceName())))),
                HUNG_AFTER);
        runWithoutFailures(load, duration, "side by side: three instances, instance 1 slow / the two healthy"
                + " instances only");
    }

    /** Runs {@code load} as the phase {@code phase}: no call may hang, and at most 0.1 % fail. */
    private void runWithoutFailures(CallerLoad load, Duration duration, String phase) throws Exception {
        rig.phase(phase);
        load.run(duration, Map.of());
        assertThat(load.total().hung()).isZero();
        assertThat(load.total().successRate()).as("%s: %s", phase, load.total()).isGreaterThanOrEqualTo(0.999);
    }

    private CallerLoad load(ServiceClients clients, LatencyRecorder latencies) {
        return new CallerLoad(CALLERS,
                n -> new Call(GET, latencies.time(() -> KugelposCalls.itemDetails(clients.client(MD.serviceName())))),
                HUNG_AFTER);
    }

    @Test
    void shouldKeepCallingAllThreeInstancesInPanicModeWhenTwoAreDown() throws Exception {
        Map<URI, Double> shares = twoOfThreeDown(50);

        assertThat(shares.values()).as("every instance keeps at least a fifth of the attempts: %s", shares)
                .allSatisfy(share -> assertThat(share).isGreaterThan(0.20));
        assertThat(rig.clients().instances(MD.serviceName())).hasSize(3);
    }

    @Test
    void shouldSendEverythingToTheOneInstanceLeftWithoutPanicMode() throws Exception {
        Map<URI, Double> shares = twoOfThreeDown(0);

        assertThat(shares.get(rig.proxy(MD, 2).url())).as("the one instance left takes nearly all: %s", shares)
                .isGreaterThan(0.90);
    }

    @Test
    void shouldEjectAnInstanceThatFailsNowAndThenByItsFailurePercentage() throws Exception {
        rig.start(3, InstancesRig.SETTINGS.toBuilder()
                .loadBalancing(l -> l.outlierConsecutiveFailures(0).healthCheckInterval(Duration.ZERO)
                        .outlierRates(r -> r.interval(Duration.ofSeconds(1)).failurePercentage(15).minimumHosts(3)
                                .requestVolume(20)))
                .build());
        CallerLoad load = new CallerLoad(CALLERS, n -> new Call(GET, KugelposCalls.itemDetails(rig.client(MD))),
                HUNG_AFTER);
        URI flaky = rig.proxy(MD, 0).url();
        long[] faultAt = new long[1];
        RequestShareFault[] fault = new RequestShareFault[1];
        Map<Duration, Runnable> steps = new LinkedHashMap<>();
        steps.put(Duration.ofSeconds(3), () -> {
            rig.phase("instance 1 flaky");
            faultAt[0] = System.nanoTime();
            rig.fault("instance 1 answers 25 % of its requests with 503, at most 4 in a row",
                    () -> fault[0] = RequestShareFault.start(rig, MD, 0, 0.25, 4, RequestShareFault.unavailable()));
        });
        rig.phase("healthy");

        try {
            load.run(Duration.ofSeconds(10), steps);
        } finally {
            if (fault[0] != null) {
                fault[0].close();
            }
        }

        List<InstancesRig.Ejection> ejections = rig.ejections();
        List<String> shown = ejections.stream().map(e -> e.instance().getPort() + " by " + e.reason().tagValue()
                + " at " + (e.atNanos() - faultAt[0]) / 1_000_000 + " ms").toList();
        long failedAttempts = rig.timeline().events(Kind.ATTEMPT, MD.serviceName(), "instance 1 flaky").stream()
                .filter(e -> e.status() >= 500).count();
        rig.timeline().figure("calls", load.total().toString());
        rig.timeline().figure("503 attempts after the fault", failedAttempts);
        rig.timeline().figure("ejections (instance, rule, ms from the fault)", shown);
        System.out.printf(Locale.ROOT, "FAILURE PERCENTAGE figure: %s; %d attempts answered 503; ejections %s%n",
                load.total(), failedAttempts, shown);
        assertThat(load.total().hung()).isZero();
        assertThat(ejections).as("the flaky instance, by the failure percentage (the consecutive rule is off)")
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.instance()).isEqualTo(flaky);
                    assertThat(e.reason()).isEqualTo(EjectionReason.FAILURE_PERCENTAGE);
                });
        assertThat(Duration.ofNanos(ejections.get(0).atNanos() - faultAt[0])).isLessThan(Duration.ofSeconds(3));
        assertThat(load.total().successRate()).as("%s", load.total()).isGreaterThanOrEqualTo(0.99);
    }

    /**
     * Runs the load against three instances, takes instances 1 and 2 down for {@link #FAULT}, and
     * returns each instance's share of the attempts from 2 s after the fault on (once health checks
     * took the two out).
     */
    private Map<URI, Double> twoOfThreeDown(int panicThreshold) throws Exception {
        HttpClientSettings settings = InstancesRig.SETTINGS.toBuilder()
                .loadBalancing(l -> l.panicThreshold(panicThreshold))
                .build();
        rig.start(3, settings);
        CallerLoad load = new CallerLoad(CALLERS, n -> new Call(GET, KugelposCalls.itemDetails(rig.client(MD))),
                HUNG_AFTER);
        List<URI> instances = IntStream.range(0, 3).mapToObj(i -> rig.proxy(MD, i).url()).toList();
        Map<URI, Long> from = new LinkedHashMap<>();
        Map<Duration, Runnable> steps = new LinkedHashMap<>();
        steps.put(Duration.ofSeconds(2), () -> {
            rig.phase("two of three down");
            rig.fault("instances 1 and 2 disabled (down)", () -> List.of(0, 1).forEach(i -> rig.proxy(MD, i).disable()));
        });
        steps.put(Duration.ofSeconds(2).plus(STEER_WITHIN), () -> instances.forEach(uri -> from.put(uri, attemptsTo(uri))));
        rig.phase("healthy");

        load.run(Duration.ofSeconds(2).plus(FAULT), steps);

        long all = instances.stream().mapToLong(uri -> attemptsTo(uri) - from.get(uri)).sum();
        Map<URI, Double> shares = new LinkedHashMap<>();
        instances.forEach(uri -> shares.put(uri, share(attemptsTo(uri) - from.get(uri), all)));
        String mode = panicThreshold == 0 ? "no panic mode" : "panic threshold " + panicThreshold + " %";
        rig.timeline().figure("attempts from 2 s after the fault on", all);
        instances.forEach(uri -> rig.timeline().figure("share of instance :" + uri.getPort()
                + (uri.equals(instances.get(2)) ? " (up)" : " (down)"), percent(shares.get(uri))));
        rig.timeline().figure("calls", load.total().toString());
        System.out.printf(Locale.ROOT, "PANIC figure [%s]: %s; attempt shares from 2 s after two of three went down"
                + " %s (the last one up)%n", mode, load.total(), shares.values().stream().map(this::percent).toList());
        assertThat(load.total().hung()).isZero();
        return shares;
    }

    private long attemptsTo(URI instance) {
        return rig.attemptsTo(instance);
    }

    private long allAttempts() {
        return IntStream.range(0, 3).mapToLong(i -> rig.attemptsTo(rig.proxy(MD, i).url())).sum();
    }

    private static double share(long part, long all) {
        return all == 0 ? 0 : (double) part / all;
    }

    private String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1e6);
    }
}
