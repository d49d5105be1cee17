package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallerLoad;
import com.kugelpos.chaos.support.CallerLoad.Call;
import com.kugelpos.chaos.support.InstancesRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GET cache rides out an outage of master-data, and collapses identical GETs, through the real
 * Toxiproxy. Master-data sends no cache headers, so the operator's {@code staleIfError} window is
 * what lets its item lookups be answered stale: with the service up every lookup still goes to it
 * (no default freshness), with it down (proxy disabled) the stored items answer, flagged stale, the
 * breaker opens, and from then on nothing is sent but its probes. And 1,000 concurrent identical
 * GETs on a cold cache, the provider slowed by a latency toxic so that they overlap, are one request.
 */
class StaleCacheChaosIT {

    private static final Service MD = Service.MASTER_DATA;
    private static final List<String> ITEMS = List.of("ITEM1", "ITEM2", "ITEM3");
    private static final int CALLERS = 32;
    private static final Duration WARM = Duration.ofSeconds(3);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER = Duration.ofSeconds(3);
    private static final Duration IN_TRANSIT = Duration.ofMillis(250);
    private static final Duration STALE_IF_ERROR = Duration.ofSeconds(120);
    private static final int IDENTICAL_GETS = 1_000;
    private static final Duration LATENCY = Duration.ofMillis(300);

    @RegisterExtension
    final InstancesRig rig = InstancesRig.perTest();

    @Test
    void shouldAnswerEveryCachedItemStaleWithoutRequestsWhileMasterDataIsDownFor30Seconds() throws Exception {
        HttpClientSettings settings = InstancesRig.SETTINGS.toBuilder()
                .responseCache(c -> c.staleIfError(STALE_IF_ERROR))
                .build();
        rig.start(1, settings);
        ServiceClient items = rig.client(MD).withResponseCache();
        Outage outage = new Outage();
        CallerLoad load = new CallerLoad(CALLERS, n -> {
            long issued = System.nanoTime();
            CompletableFuture<ServiceResponse> lookup = KugelposCalls.itemDetails(items, ITEMS.get(n % ITEMS.size()));
            lookup.whenComplete((response, failure) -> outage.record(issued, response, failure));
            return new Call("GET item", lookup);
        }, InstancesRig.SETTINGS.timeouts().call().plusSeconds(2));
        long[] providerAt = new long[2];
        Map<Duration, Runnable> steps = new LinkedHashMap<>();
        steps.put(WARM, () -> {
            rig.phase("master-data down");
            rig.fault("proxy disabled (down)", () -> rig.proxy(MD, 0).disable());
            outage.began();
        });
        // a request the proxy had forwarded just before it went down may still reach the provider
        steps.put(WARM.plus(IN_TRANSIT), () -> providerAt[0] = rig.provider(MD, 0).totalRequests());
        steps.put(WARM.plus(OUTAGE), () -> {
            outage.ended();
            providerAt[1] = rig.provider(MD, 0).totalRequests();
            rig.phase("repaired");
            rig.fault("proxy enabled", () -> rig.proxy(MD, 0).enable());
        });
        rig.phase("warm");

        load.run(WARM.plus(OUTAGE).plus(AFTER), steps);

        List<String> transitions = rig.timeline().transitions(MD.serviceName());
        int attempts = rig.timeline().events(Kind.ATTEMPT, MD.serviceName(), "master-data down").size();
        int threshold = settings.breaker().failureThreshold();
        int perCall = settings.retry().attempts();
        long probes = rig.timeline().events(Kind.BREAKER, MD.serviceName(), "master-data down").stream()
                .filter(e -> e.label().equals("OPEN>HALF_OPEN")).count();
        // until it opens: the threshold's calls and, per item, the collapsed call under way when the proxy went down
        // and one started before the breaker opened, each with its retries; then one attempt per half-open probe
        long attemptBound = (long) (threshold + 2 * ITEMS.size()) * perCall + probes;
        rig.timeline().figure("lookups during the outage", outage.calls.get());
        rig.timeline().figure("of them stale", outage.stale.get());
        rig.timeline().figure("of them fresh, sent in the first 250 ms", outage.freshInTransit.get());
        rig.timeline().figure("of them failed", outage.failed.get());
        rig.timeline().figure("provider requests during the outage (from 250 ms in)", providerAt[1] - providerAt[0]);
        rig.timeline().figure("client attempts during the outage", attempts);
        rig.timeline().figure("attempt bound (threshold + 2 x items) x attempts + half-open probes", attemptBound);
        String breaker = summary(transitions);
        rig.timeline().figure("breaker transitions", breaker);
        System.out.printf(Locale.ROOT, "STALE CACHE figure [outage 30 s]: %d lookups during the outage, %d stale, %d failed"
                        + " (first failure: %s); %d provider requests during the outage; %d client attempts (bound %d);"
                        + " all calls %s; breaker %s%n",
                outage.calls.get(), outage.stale.get(), outage.failed.get(), outage.firstFailure.get(),
                providerAt[1] - providerAt[0], attempts, attemptBound, load.total(), breaker);
        assertThat(outage.calls.get()).as("lookups during the outage").isGreaterThan(1_000);
        assertThat(outage.failed.get()).as("failed lookups of cached items (first: %s)", outage.firstFailure.get())
                .isZero();
        assertThat(outage.stale.get()).as("every answer during the outage is flagged stale, but fresh ones to"
                + " lookups sent in its first 250 ms").isEqualTo(outage.calls.get() - outage.freshInTransit.get());
        assertThat(providerAt[1] - providerAt[0]).as("provider requests during the outage (from %d ms in)",
                IN_TRANSIT.toMillis()).isZero();
        assertThat(transitions).as("the breaker opened").contains("CLOSED>OPEN");
        assertThat((long) attempts).as("attempts while down: the breaker threshold, the items' calls in flight, probes")
                .isLessThanOrEqualTo(attemptBound);
        assertThat(load.total().hung()).isZero();
        assertThat(rig.breaker(MD)).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldSendOneRequestFor1000ConcurrentIdenticalGetsOnAColdCache() throws Exception {
        rig.start(1, InstancesRig.SETTINGS.toBuilder()
                .timeouts(t -> t.response(Duration.ofSeconds(3)).call(Duration.ofSeconds(5))).build());
        ServiceClient items = rig.client(MD).withResponseCache();
        rig.phase("slowed");
        rig.fault("+ latency " + LATENCY.toMillis() + " ms", () -> rig.proxy(MD, 0).toxics().latency(LATENCY));
        long before = rig.provider(MD, 0).requestCount(KugelposCalls.ITEM_ROUTE);

        long started = System.nanoTime();
        List<CompletableFuture<ServiceResponse>> gets = new ArrayList<>();
        for (int i = 0; i < IDENTICAL_GETS; i++) {
            gets.add(KugelposCalls.itemDetails(items, "ITEM2"));
        }
        CompletableFuture.allOf(gets.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        long requests = rig.provider(MD, 0).requestCount(KugelposCalls.ITEM_ROUTE) - before;
        long withTheItem = gets.stream().map(CompletableFuture::join)
                .filter(response -> response.statusCode() == 200 && response.bodyText().contains("\"ITEM2\"")).count();
        rig.timeline().figure("identical concurrent GETs", IDENTICAL_GETS);
        rig.timeline().figure("provider requests", requests);
        rig.timeline().figure("GETs answered with the item", withTheItem);
        rig.timeline().figure("all answered after (ms)", tookMillis);
        System.out.printf(Locale.ROOT, "STALE CACHE figure [collapsing]: %d identical concurrent GETs, %d provider"
                + " request(s), %d answered with the item, all within %d ms (latency toxic %d ms)%n",
                IDENTICAL_GETS, requests, withTheItem, tookMillis, LATENCY.toMillis());
        assertThat(requests).as("provider requests for %d identical GETs", IDENTICAL_GETS).isEqualTo(1);
        assertThat(withTheItem).isEqualTo(IDENTICAL_GETS);
    }

    /** The transitions as their distinct kinds with counts, in order of first appearance. */
    private static String summary(List<String> transitions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        transitions.forEach(transition -> counts.merge(transition, 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((transition, count) -> parts.add(transition + " x" + count));
        return String.join(", ", parts);
    }

    /** The lookups issued while master-data was down and answered before it came back. */
    private static final class Outage {
        private volatile long beganAt = Long.MAX_VALUE;
        private volatile long endedAt = Long.MAX_VALUE;
        final AtomicLong calls = new AtomicLong();
        final AtomicLong stale = new AtomicLong();
        /** Fresh answers to lookups sent in the first 250 ms, which the proxy may still have forwarded. */
        final AtomicLong freshInTransit = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicReference<String> firstFailure = new AtomicReference<>("none");

        void began() {
            beganAt = System.nanoTime();
        }

        void ended() {
            endedAt = System.nanoTime();
        }

        void record(long issuedAt, ServiceResponse response, Throwable failure) {
            long answeredAt = System.nanoTime();
            if (issuedAt - beganAt < 0 || answeredAt - endedAt >= 0) {
                return;
            }
            calls.incrementAndGet();
            if (failure != null) {
                failed.incrementAndGet();
                firstFailure.compareAndSet("none", failure.toString());
            } else if (response.isStale()) {
                stale.incrementAndGet();
            } else if (issuedAt - beganAt < IN_TRANSIT.toNanos()) {
                freshInTransit.incrementAndGet();
            }
        }
    }
}
