package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingPolicy;
import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.testing.FakeTimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    private final Endpoint a = new Endpoint(URI.create("http://a:8002"));
    private final Endpoint b = new Endpoint(URI.create("http://b:8002"));
    private final Endpoint c = new Endpoint(URI.create("http://c:8002"));

    @Test
    void shouldTakeTheInstancesInTurnWhenRoundRobin() {
        LoadBalancer balancer = LoadBalancer.roundRobin();
        List<Endpoint> picked = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            picked.add(balancer.choose(List.of(a, b, c)));
        }

        assertThat(picked).containsExactly(a, b, c, a, b, c);
    }

    @Test
    void shouldPickTheLessBusyOfTwoRandomInstancesWhenPowerOfTwoChoices() {
        b.attemptStarted();
        b.attemptStarted();
        c.attemptStarted();
        LoadBalancer balancer = LoadBalancer.powerOfTwoChoices(scripted(1, 1));

        Endpoint picked = balancer.choose(List.of(a, b, c));

        assertThat(picked).as("picks b and then c (index 1 of the others), c has fewer in flight").isEqualTo(c);
    }

    @Test
    void shouldKeepTheFirstPickOnATieWhenPowerOfTwoChoices() {
        LoadBalancer balancer = LoadBalancer.powerOfTwoChoices(scripted(2, 0));

        assertThat(balancer.choose(List.of(a, b, c))).isEqualTo(c);
    }

    @Test
    void shouldNeverPickTheSameInstanceTwiceWhenPowerOfTwoChoices() {
        a.attemptStarted();
        LoadBalancer balancer = LoadBalancer.powerOfTwoChoices(scripted(0, 0));

        assertThat(balancer.choose(List.of(a, b))).isEqualTo(b);
    }

    @Test
    void shouldReturnTheOnlyCandidateWithoutRandomNumbersWhenPowerOfTwoChoices() {
        LoadBalancer balancer = LoadBalancer.powerOfTwoChoices(bound -> {
            throw new AssertionError("no random number is needed for one candidate");
        });

        assertThat(balancer.choose(List.of(a))).isEqualTo(a);
    }

    private static java.util.function.IntUnaryOperator scripted(int... values) {
        AtomicInteger next = new AtomicInteger();
        return bound -> {
            int value = values[next.getAndIncrement()];
            assertThat(value).isLessThan(bound);
            return value;
        };
    }

    @Test
    void shouldPickTheInstanceOfLowerLatencyTimesLoadWhenPeakEwma() {
        FakeTimeSource time = new FakeTimeSource();
        a.latency().observe(300_000_000, time.nanoTime());
        b.latency().observe(2_000_000, time.nanoTime());
        b.attemptStarted();
        b.attemptStarted();
        LoadBalancer balancer = LoadBalancer.peakEwma(scripted(0, 0, 1, 0), time);

        assertThat(balancer.choose(List.of(a, b))).as("a costs 300 ms x 1, b 2 ms x 3").isEqualTo(b);
        assertThat(balancer.choose(List.of(a, b))).isEqualTo(b);
    }

    @Test
    void shouldTryAnUnsampledIdleInstanceFirstAndAvoidItWhileBusyWhenPeakEwma() {
        FakeTimeSource time = new FakeTimeSource();
        a.latency().observe(1_000_000, time.nanoTime());
        LoadBalancer balancer = LoadBalancer.peakEwma(scripted(0, 0, 0, 0), time);

        assertThat(balancer.choose(List.of(a, c))).as("c has no sample and nothing in flight").isEqualTo(c);
        c.attemptStarted();
        assertThat(balancer.choose(List.of(a, c))).as("c has not answered yet").isEqualTo(a);
    }

    @Test
    void shouldGoBackToASlowInstanceOnceItsEstimateHasDecayedWhenPeakEwma() {
        FakeTimeSource time = new FakeTimeSource();
        a.latency().observe(300_000_000, time.nanoTime());
        b.latency().observe(10_000_000, time.nanoTime());
        LoadBalancer balancer = LoadBalancer.peakEwma(scripted(0, 0, 0, 0), time);
        assertThat(balancer.choose(List.of(a, b))).isEqualTo(b);

        Duration fourDecays = LoadBalancingSettings.DEFAULTS.peakEwmaDecay().multipliedBy(4);
        b.latency().observe(10_000_000, time.nanoTime() + fourDecays.toNanos());
        time.advance(fourDecays);

        assertThat(balancer.choose(List.of(a, b))).as("300 ms x e^-4 = 5.5 ms is below b's 10 ms").isEqualTo(a);
    }

    @Test
    void shouldLeaveTheCostliestOfThreeOutOfTheDrawWhenPeakEwma() {
        FakeTimeSource time = new FakeTimeSource();
        a.latency().observe(300_000_000, time.nanoTime());
        b.latency().observe(2_000_000, time.nanoTime());
        c.latency().observe(3_000_000, time.nanoTime());
        b.attemptStarted();
        LoadBalancer balancer = LoadBalancer.peakEwma(scripted(0, 0), time);

        assertThat(balancer.choose(List.of(a, b, c))).as("b (2 ms x 2) against c (3 ms x 1); a is not drawn")
                .isEqualTo(c);
    }

    @Test
    void shouldSayWhichPoliciesReadLatency() {
        assertThat(LoadBalancer.roundRobin().readsLatency()).isFalse();
        assertThat(LoadBalancer.powerOfTwoChoices(n -> 0).readsLatency()).isFalse();
        assertThat(LoadBalancer.peakEwma(n -> 0, new FakeTimeSource()).readsLatency()).isTrue();
        assertThat(LoadBalancer.of(LoadBalancingPolicy.PEAK_EWMA, new SplittableRandom(1), new FakeTimeSource()))
                .hasToString("peak-ewma");
    }
}
