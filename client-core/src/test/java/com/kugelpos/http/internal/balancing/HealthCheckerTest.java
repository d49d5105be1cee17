package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.InstanceHealthEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.testing.FakeTimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HealthCheckerTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final FakeTimeSource time = new FakeTimeSource();
    private final Endpoint a = new Endpoint(URI.create("http://a:8002"));
    private final Endpoint b = new Endpoint(URI.create("http://b:8002"));
    private final Map<URI, Boolean> answers = new ConcurrentHashMap<>(Map.of(a.uri(), true, b.uri(), true));
    private final List<URI> probed = new CopyOnWriteArrayList<>();
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private final HealthChecker checker = new HealthChecker("master-data", List.of(a, b),
            LoadBalancingSettings.builder().healthCheckInterval(INTERVAL).unhealthyThreshold(2).healthyThreshold(3).build(),
            time,
            uri -> {
                probed.add(uri);
                return CompletableFuture.completedFuture(answers.get(uri));
            },
            new EventPublisher(List.of(new ClientEventListener() {
                @Override
                public void onInstanceHealth(InstanceHealthEvent event) {
                    changes.add(event.instance().getHost() + "=" + event.healthy());
                }
            })));

    @Test
    void shouldProbeEveryInstanceOncePerInterval() {
        checker.start();

        time.advance(INTERVAL.minusNanos(1));
        assertThat(probed).isEmpty();
        time.advance(Duration.ofNanos(1));
        assertThat(probed).containsExactly(a.uri(), b.uri());
        time.advance(INTERVAL);
        assertThat(probed).hasSize(4);
    }

    @Test
    void shouldMarkUnhealthyAfterTheUnhealthyThresholdOfFailedProbes() {
        answers.put(a.uri(), false);
        checker.start();

        time.advance(INTERVAL);
        assertThat(a.isHealthy()).isTrue();
        time.advance(INTERVAL);

        assertThat(a.isHealthy()).isFalse();
        assertThat(b.isHealthy()).isTrue();
        assertThat(changes).containsExactly("a=false");
    }

    @Test
    void shouldMarkHealthyAgainAfterTheHealthyThresholdOfPassedProbes() {
        answers.put(a.uri(), false);
        checker.start();
        time.advance(INTERVAL.multipliedBy(2));
        answers.put(a.uri(), true);

        time.advance(INTERVAL.multipliedBy(2));
        assertThat(a.isHealthy()).isFalse();
        time.advance(INTERVAL);

        assertThat(a.isHealthy()).isTrue();
        assertThat(changes).containsExactly("a=false", "a=true");
    }

    @Test
    void shouldCountAFailedProbeFutureAsUnhealthy() {
        HealthChecker failing = new HealthChecker("master-data", List.of(a), LoadBalancingSettings.builder()
                .unhealthyThreshold(1).build(), time,
                uri -> CompletableFuture.failedFuture(new IllegalStateException("probe broke")), new EventPublisher(List.of()));

        failing.probeAll().join();

        assertThat(a.isHealthy()).isFalse();
    }

    @Test
    void shouldCountAProbeThatThrowsAsUnhealthy() {
        HealthChecker throwing = new HealthChecker("master-data", List.of(a), LoadBalancingSettings.builder()
                .unhealthyThreshold(1).build(), time,
                uri -> {
                    throw new java.util.concurrent.RejectedExecutionException("executor shut down");
                }, new EventPublisher(List.of()));

        throwing.probeAll().join();

        assertThat(a.isHealthy()).isFalse();
    }

    @Test
    void shouldStopProbingWhenClosed() {
        checker.start();
        time.advance(INTERVAL);

        checker.close();
        time.advance(INTERVAL.multipliedBy(3));

        assertThat(probed).hasSize(2);
        assertThat(time.pendingTasks()).isZero();
    }
}
