package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
}
