package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.support.CallerLoad;
import com.kugelpos.chaos.support.CallerLoad.Call;
import com.kugelpos.chaos.support.CallerLoad.Tally;
import com.kugelpos.chaos.support.InstancesRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.chaos.support.LatencyRecorder;
import com.kugelpos.chaos.support.RequestShareFault;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.HedgeEvent;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Budgeted hedging through the real Toxiproxy, 32 concurrent callers. Item lookups: three instances
 * of master-data, instance 1 holding 4 % of its requests for 300 ms (a share of requests, whatever
 * the throughput); rounds with hedging off and on alternate (two clients over the same proxies), so
 * both meet the same machine: hedging at least halves the p99 and adds at most 5 % requests. Keyed
 * journal POSTs: three instances over one copy (they share their data, as pods share a database),
 * instance 1's responses delayed by a latency toxic on 30 % of its connections: hedged POSTs never
 * create a second record.
 */
class HedgingChaosIT {

    private static final Service MD = Service.MASTER_DATA;
    private static final Service JOURNAL = Service.JOURNAL;
    private static final int CALLERS = 32;
    private static final int ROUNDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(4);
    private static final Duration SLOWNESS = Duration.ofMillis(300);
    private static final double SLOW_REQUEST_SHARE = 0.04;
    private static final float SLOW_CONNECTION_SHARE = 0.3f;
    private static final Duration HUNG_AFTER = InstancesRig.SETTINGS.timeouts().call().plusSeconds(2);
    private static final HttpClientSettings HEDGED = InstancesRig.SETTINGS.with(s -> s.retry(r -> r.hedging(h ->
            h.enabled(true))));

    @RegisterExtension
    final InstancesRig rig = InstancesRig.perTest();

    private final AtomicInteger receipt = new AtomicInteger();

    @Test
    void shouldHalveTheP99OfItemLookupsWithAtMostFivePercentMoreRequests() throws Exception {
        rig.start(3);
        Counter hedgedCounts = new Counter();
        try (ServiceClients hedged = hedgedClients(hedgedCounts)) {
            Mode off = new Mode("hedging off", rig.clients(), false);
            Mode on = new Mode("hedging on", hedged, false);
            off.run(Duration.ofSeconds(2), false);
            on.run(Duration.ofSeconds(2), false);
            rig.phase("instance 1 slow on a share of its requests");
            try (RequestShareFault slow = RequestShareFault.start(rig, MD, 0, SLOW_REQUEST_SHARE, 4,
                    RequestShareFault.delayed(SLOWNESS))) {
                rig.timeline().fault("+ " + SLOWNESS.toMillis() + " ms on " + Math.round(SLOW_REQUEST_SHARE * 100)
                        + " % of instance 1's requests");
                long hedgesBefore = hedgedCounts.hedges.sum();
                long attemptsBefore = hedgedCounts.attempts.sum();
                long callsBefore = hedgedCounts.calls.sum();
                for (int round = 0; round < ROUNDS; round++) {
                    off.run(ROUND, true);
                    on.run(ROUND, true);
                }
                long hedges = hedgedCounts.hedges.sum() - hedgesBefore;
                long calls = hedgedCounts.calls.sum() - callsBefore;
                double extra = (double) (hedgedCounts.attempts.sum() - attemptsBefore - calls) / calls;

                Duration p99Off = off.latencies.percentile(99, 0, Long.MAX_VALUE);
                Duration p99On = on.latencies.percentile(99, 0, Long.MAX_VALUE);
                figures(off, on, hedges, calls, extra);
                assertThat(off.tally.hung() + on.tally.hung()).isZero();
                assertThat(on.tally.successRate()).as("%s", on.tally).isGreaterThanOrEqualTo(0.999);
                assertThat(p99On.toNanos()).as("p99 with hedging %s against %s without", p99On, p99Off)
                        .isLessThanOrEqualTo(p99Off.toNanos() / 2);
                assertThat(extra).as("extra requests (hedges and retries) per call").isLessThanOrEqualTo(0.05);
            }
        }
    }

    @Test
    void shouldNeverRecordAKeyedPostTwiceWhenItIsHedged() throws Exception {
        rig.startOverOneCopy(3, InstancesRig.SETTINGS);
        Counter hedgedCounts = new Counter();
        try (ServiceClients hedged = hedgedClients(hedgedCounts)) {
            Mode on = new Mode("hedging on", hedged, true);
            on.run(Duration.ofSeconds(2), false);
            ChaosProxy proxy = rig.proxy(JOURNAL, 0);
            rig.fault("+ latency " + SLOWNESS.toMillis() + " ms on " + Math.round(SLOW_CONNECTION_SHARE * 100)
                    + " % of instance 1's connections", () -> proxy.toxics().onShareOfConnections(
                            proxy.toxics().latency(SLOWNESS), SLOW_CONNECTION_SHARE));
            long postHedgesBefore = hedgedCounts.postHedges.sum();

            on.run(ROUND.multipliedBy(2), true);

            long postHedges = hedgedCounts.postHedges.sum() - postHedgesBefore;
            rig.timeline().figure("keyed POSTs / records created", on.keyedPosts + " / " + on.recordsCreated);
            rig.timeline().figure("hedged keyed POSTs", postHedges);
            System.out.printf(Locale.ROOT, "HEDGED POSTS figure: %s; %d hedged; keyed POSTs/records %d/%d%n", on.tally,
                    postHedges, on.keyedPosts, on.recordsCreated);
            assertThat(on.tally.hung()).isZero();
            assertThat(on.tally.successRate()).as("%s", on.tally).isGreaterThanOrEqualTo(0.999);
            assertThat(postHedges).as("keyed POSTs were hedged").isPositive();
            assertThat(on.duplicateRecords()).as("keyed POSTs that created two records").isZero();
        }
    }

    private ServiceClients hedgedClients(Counter counter) {
        return ServiceClients.builder().settings(HEDGED).resolver(ServiceResolver.fixed(rig.instanceUrls()))
                .listener(counter).listener(rig.timeline()).build();
    }

    private void figures(Mode off, Mode on, long hedges, long calls, double extra) {
        for (Mode mode : List.of(off, on)) {
            rig.timeline().figure(mode.name + ": calls", mode.tally.toString());
            rig.timeline().figure(mode.name + ": p50 / p99 / p99.9 (ms)", mode.percentiles());
        }
        rig.timeline().figure("hedges", hedges);
        rig.timeline().figure("extra requests per call with hedging", String.format(Locale.ROOT, "%.2f %%", 100 * extra));
        System.out.printf(Locale.ROOT, "HEDGING figure: off %s, p50/p99/p99.9 %s ms; on %s, p50/p99/p99.9 %s ms;"
                        + " %d hedges in %d calls, extra requests %.2f %%%n",
                off.tally, off.percentiles(), on.tally, on.percentiles(), hedges, calls, 100 * extra);
    }

    /** The calls of one client: item lookups and keyed journal POSTs, their latencies and the records they made. */
    private final class Mode {
        final String name;
        final ServiceClients clients;
        final LatencyRecorder latencies = new LatencyRecorder();
        final Tally tally = new Tally();
        long keyedPosts;
        long recordsCreated;

        final boolean posts;

        /** @param posts whether the calls are keyed journal POSTs, else item lookups */
        Mode(String name, ServiceClients clients, boolean posts) {
            this.name = name;
            this.clients = clients;
            this.posts = posts;
        }

        /** Runs the callers for {@code duration}; counted only if {@code measured}. */
        void run(Duration duration, boolean measured) throws Exception {
            rig.phase(name);
            LatencyRecorder timing = measured ? latencies : new LatencyRecorder();
            CallerLoad load = new CallerLoad(CALLERS, n -> posts
                    ? new Call("POST journal with key", KugelposCalls.postJournal(clients.client(JOURNAL.serviceName()),
                            receipt.incrementAndGet(), "hedging-" + name.replace(' ', '-') + "-" + n + "-"
                                    + receipt.get()))
                    : new Call("GET item", timing.time(() -> KugelposCalls.itemDetails(clients.client(MD.serviceName())))),
                    HUNG_AFTER);
            long recordsBefore = rig.provider(JOURNAL, 0).recordsCreated(KugelposCalls.JOURNAL_RECORD);
            load.run(duration, Map.of());
            if (measured) {
                tally.add(load.total());
                keyedPosts += load.tally("POST journal with key").successes();
                recordsCreated += rig.provider(JOURNAL, 0).recordsCreated(KugelposCalls.JOURNAL_RECORD) - recordsBefore;
            }
        }

        long duplicateRecords() {
            return recordsCreated - keyedPosts;
        }

        String percentiles() {
            Map<String, String> shown = new LinkedHashMap<>();
            for (double p : new double[] {50, 99, 99.9}) {
                shown.put(String.valueOf(p), String.format(Locale.ROOT, "%.1f",
                        latencies.percentile(p, 0, Long.MAX_VALUE).toNanos() / 1e6));
            }
            return String.join(" / ", shown.values());
        }
    }

    /** Counts the hedged client's attempts, calls and hedges. */
    private static final class Counter implements ClientEventListener {
        final LongAdder attempts = new LongAdder();
        final LongAdder calls = new LongAdder();
        final LongAdder hedges = new LongAdder();
        final LongAdder postHedges = new LongAdder();

        @Override
        public void onAttempt(AttemptEvent event) {
            attempts.increment();
        }

        @Override
        public void onCall(CallEvent event) {
            calls.increment();
        }

        @Override
        public void onHedge(HedgeEvent event) {
            hedges.increment();
            if (event.call().method() == HttpMethod.POST) {
                postHedges.increment();
            }
        }
    }
}
