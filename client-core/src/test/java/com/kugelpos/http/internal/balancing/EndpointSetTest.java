package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingPolicy;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.PanicModeEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.testing.FakeTimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointSetTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final EndpointSet set = new EndpointSet(
            List.of(URI.create("http://a:8002"), URI.create("http://b:8002"), URI.create("http://c:8002")),
            LoadBalancingSettings.DEFAULTS.peakEwmaDecay(), LoadBalancer.roundRobin(),
            new OutlierDetector("master-data", LoadBalancingSettings.DEFAULTS, time, new EventPublisher(List.of())),
            null, time);
    private final Endpoint a = set.all().get(0);
    private final Endpoint b = set.all().get(1);
    private final Endpoint c = set.all().get(2);

    @Test
    void shouldSendARetryToAnInstanceTheCallHasNotTriedWhenThereIsOne() {
        assertThat(set.next(Set.of(a))).isEqualTo(b);
        assertThat(set.next(Set.of(a, b))).isEqualTo(c);
    }

    @Test
    void shouldSkipAnEjectedInstance() {
        set.attemptStarted(a);
        set.attemptEnded(a, false, Duration.ZERO, 1);
        set.attemptStarted(a);
        set.attemptEnded(a, false, Duration.ZERO, 1);

        assertThat(List.of(set.next(Set.of()), set.next(Set.of()), set.next(Set.of()), set.next(Set.of())))
                .doesNotContain(a);
        assertThat(set.usableCount()).isEqualTo(2);
    }

    @Test
    void shouldSkipAnUnhealthyInstance() {
        b.healthy(false);

        assertThat(List.of(set.next(Set.of()), set.next(Set.of()), set.next(Set.of()))).doesNotContain(b);
    }

    @Test
    void shouldFallBackToAllInstancesWhenNoneIsUsable() {
        a.healthy(false);
        b.healthy(false);
        c.healthy(false);

        assertThat(List.of(set.next(Set.of()), set.next(Set.of()), set.next(Set.of()))).containsExactly(a, b, c);
    }

    @Test
    void shouldRetryOnAnUntriedInstanceThatIsNotUsableRatherThanOnTheOneThatJustFailed() {
        b.healthy(false);
        c.healthy(false);

        assertThat(set.next(Set.of())).as("the only usable one").isEqualTo(a);
        assertThat(set.next(Set.of(a))).as("not a again").isIn(b, c);
        assertThat(set.hasUntried(Set.of(a, b))).isTrue();
        assertThat(set.hasUntried(Set.of(a, b, c))).isFalse();
    }

    @Test
    void shouldCountAttemptsInFlight() {
        set.attemptStarted(a);
        set.attemptStarted(a);
        set.attemptEnded(a, true, Duration.ZERO, 1);

        assertThat(a.inFlight()).isEqualTo(1);
    }

    @Test
    void shouldSpreadCallsOverAllInstancesWhilePanickingAndSayWhenItStartsAndEnds() {
        List<PanicModeEvent> changes = new CopyOnWriteArrayList<>();
        LoadBalancingSettings panicBelowHalf = LoadBalancingSettings.builder().panicThreshold(50)
                .outlierMaxEjectionPercent(100).build();
        EndpointSet panicking = EndpointSet.of("master-data", List.of(URI.create("http://a:8002"),
                        URI.create("http://b:8002"), URI.create("http://c:8002")), panicBelowHalf,
                new SplittableRandom(7), time, new EventPublisher(List.of(new ClientEventListener() {
                    @Override
                    public void onPanicMode(PanicModeEvent event) {
                        changes.add(event);
                    }
                })));
        Endpoint first = panicking.all().get(0);
        Endpoint second = panicking.all().get(1);
        first.healthy(false);
        assertThat(panicking.next(Set.of())).as("2 of 3 usable: no panic").isNotEqualTo(first);

        second.healthy(false);
        Set<Endpoint> chosen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            chosen.add(panicking.next(Set.of()));
        }

        assertThat(chosen).as("1 of 3 usable is below 50 %: all instances take calls").hasSize(3);
        assertThat(panicking.isPanicking()).isTrue();
        first.healthy(true);
        assertThat(panicking.next(Set.of(first))).as("2 of 3 usable again").isNotEqualTo(second);
        assertThat(panicking.isPanicking()).isFalse();
        assertThat(changes).containsExactly(new PanicModeEvent("master-data", true, 1, 3),
                new PanicModeEvent("master-data", false, 2, 3));
    }

    @Test
    void shouldNeverPanicWithoutAThreshold() {
        a.healthy(false);
        b.healthy(false);

        assertThat(List.of(set.next(Set.of()), set.next(Set.of()), set.next(Set.of()))).containsOnly(c);
        assertThat(set.isPanicking()).isFalse();
    }

    @Test
    void shouldFeedAttemptLatenciesToTheEstimatesOnlyWhenTheBalancerReadsThem() {
        EndpointSet byLatency = EndpointSet.of("master-data", List.of(URI.create("http://a:8002"),
                        URI.create("http://b:8002")),
                LoadBalancingSettings.builder().policy(LoadBalancingPolicy.PEAK_EWMA).build(), new SplittableRandom(7),
                time, new EventPublisher(List.of()));
        Endpoint measured = byLatency.all().get(0);

        byLatency.attemptStarted(measured);
        byLatency.attemptStarted(measured);
        byLatency.attemptStarted(measured);
        byLatency.attemptEnded(measured, true, Duration.ofMillis(40), byLatency.attemptStarted(measured));
        set.attemptStarted(a);
        set.attemptEnded(a, true, Duration.ofMillis(40), 1);

        assertThat(byLatency.states().get(0).latencyEstimate()).as("40 ms with 4 in flight: 10 ms per attempt")
                .isEqualTo(Duration.ofMillis(10));
        assertThat(set.states().get(0).latencyEstimate()).as("round robin keeps no estimate").isZero();
    }
}
