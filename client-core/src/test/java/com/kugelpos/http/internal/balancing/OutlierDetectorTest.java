package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import com.kugelpos.http.testing.FakeTimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final List<Duration> ejections = new CopyOnWriteArrayList<>();
    private final LoadBalancingSettings settings = LoadBalancingSettings.builder()
            .outlierConsecutiveFailures(2)
            .outlierBaseEjection(Duration.ofSeconds(10))
            .outlierMaxEjection(Duration.ofSeconds(35))
            .build();
    private final OutlierDetector detector = new OutlierDetector("master-data", settings, time,
            new EventPublisher(List.of(new ClientEventListener() {
                @Override
                public void onInstanceEjected(InstanceEjectedEvent event) {
                    ejections.add(event.period());
                }
            })));
    private final Endpoint bad = new Endpoint(URI.create("http://bad:8002"));
    private final Endpoint good = new Endpoint(URI.create("http://good:8002"));
    private final List<Endpoint> all = List.of(bad, good);

    @Test
    void shouldEjectAfterTheConsecutiveFailuresForTheBasePeriod() {
        detector.onFailure(bad, all);
        assertThat(bad.isEjected(time.nanoTime())).isFalse();

        detector.onFailure(bad, all);

        assertThat(bad.isEjected(time.nanoTime())).isTrue();
        time.advance(Duration.ofSeconds(10).minusNanos(1));
        assertThat(bad.isEjected(time.nanoTime())).isTrue();
        time.advance(Duration.ofNanos(1));
        assertThat(bad.isEjected(time.nanoTime())).isFalse();
        assertThat(ejections).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void shouldNotEjectWhenASuccessBreaksTheRun() {
        detector.onFailure(bad, all);
        detector.onSuccess(bad);
        detector.onFailure(bad, all);

        assertThat(bad.isEjected(time.nanoTime())).isFalse();
    }

    @Test
    void shouldDoubleTheEjectionUpToTheMaxWhileTheInstanceKeepsFailing() {
        for (int round = 0; round < 4; round++) {
            detector.onFailure(bad, all);
            detector.onFailure(bad, all);
            time.advance(Duration.ofSeconds(40));
        }

        assertThat(ejections).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(35),
                Duration.ofSeconds(35));
    }

    @Test
    void shouldStartAgainFromTheBasePeriodAfterASuccess() {
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);
        time.advance(Duration.ofSeconds(10));
        detector.onSuccess(bad);

        detector.onFailure(bad, all);
        detector.onFailure(bad, all);

        assertThat(ejections).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void shouldIgnoreOutcomesOfAttemptsThatEndWhileEjected() {
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);
        detector.onSuccess(bad);
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);

        time.advance(Duration.ofSeconds(10));
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);

        assertThat(ejections).as("the second ejection doubles: the success while ejected did not reset it")
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void shouldNeverEjectTheLastInstanceLeft() {
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);

        detector.onFailure(good, all);
        detector.onFailure(good, all);

        assertThat(good.isEjected(time.nanoTime())).isFalse();
        assertThat(ejections).hasSize(1);
    }

    @Test
    void shouldNeverEjectWhenDetectionIsOff() {
        OutlierDetector off = new OutlierDetector("master-data",
                settings.toBuilder().outlierConsecutiveFailures(0).build(), time, new EventPublisher(List.of()));

        for (int i = 0; i < 10; i++) {
            off.onFailure(bad, all);
        }

        assertThat(bad.isEjected(time.nanoTime())).isFalse();
    }
}
