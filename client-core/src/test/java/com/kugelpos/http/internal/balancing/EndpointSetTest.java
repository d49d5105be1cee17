package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.testing.FakeTimeSource;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointSetTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final EndpointSet set = new EndpointSet(
            List.of(URI.create("http://a:8002"), URI.create("http://b:8002"), URI.create("http://c:8002")),
            LoadBalancer.roundRobin(),
            new OutlierDetector("master-data", LoadBalancingSettings.DEFAULTS, time, new EventPublisher(List.of())),
            time);
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
        set.attemptEnded(a, false);
        set.attemptStarted(a);
        set.attemptEnded(a, false);

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
        set.attemptEnded(a, true);

        assertThat(a.inFlight()).isEqualTo(1);
    }
}
