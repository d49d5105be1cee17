package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.LoadBalancingSettings;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.EjectionReason;
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
    private final List<EjectionReason> reasons = new CopyOnWriteArrayList<>();
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
        detector.onSuccess(bad, all);
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
        detector.onSuccess(bad, all);

        detector.onFailure(bad, all);
        detector.onFailure(bad, all);

        assertThat(ejections).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void shouldIgnoreOutcomesOfAttemptsThatEndWhileEjected() {
        detector.onFailure(bad, all);
        detector.onFailure(bad, all);
        detector.onSuccess(bad, all);
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

    @Test
    void shouldEjectNoMoreThanTheMaximumShareOfTheInstancesAtOnce() {
        List<Endpoint> four = List.of(bad, good, new Endpoint(URI.create("http://c:8002")),
                new Endpoint(URI.create("http://d:8002")));
        OutlierDetector halfAtMost = detector(settings.toBuilder().outlierMaxEjectionPercent(50).build());

        four.forEach(each -> {
            halfAtMost.onFailure(each, four);
            halfAtMost.onFailure(each, four);
        });

        assertThat(four.stream().filter(each -> each.isEjected(time.nanoTime()))).hasSize(2);
        assertThat(ejections).hasSize(2);
    }

    @Test
    void shouldEjectTheNextOneOnceAnEjectionEndsWhenTheShareWasReached() {
        OutlierDetector oneAtMost = detector(settings.toBuilder().outlierMaxEjectionPercent(1).build());
        List<Endpoint> three = List.of(bad, good, new Endpoint(URI.create("http://c:8002")));
        oneAtMost.onFailure(bad, three);
        oneAtMost.onFailure(bad, three);
        oneAtMost.onFailure(good, three);
        oneAtMost.onFailure(good, three);
        assertThat(good.isEjected(time.nanoTime())).as("one of three at most").isFalse();

        time.advance(Duration.ofSeconds(10));
        oneAtMost.onFailure(good, three);

        assertThat(good.isEjected(time.nanoTime())).as("its failures in a row still count").isTrue();
    }

    @Test
    void shouldEjectByFailurePercentageWhenTheIntervalIsOver() {
        List<Endpoint> three = List.of(bad, good, new Endpoint(URI.create("http://c:8002")));
        OutlierDetector rates = detector(settings.toBuilder().outlierConsecutiveFailures(0)
                .outlierRates(r -> r.interval(Duration.ofSeconds(10)).failurePercentage(40).minimumHosts(3)
                        .requestVolume(10))
                .build());
        for (int i = 0; i < 10; i++) {
            three.forEach(each -> rates.onSuccess(each, three));
            if (i % 2 == 0) {
                rates.onFailure(bad, three);
            }
            rates.onFailure(three.get(2), three);
        }
        assertThat(ejections).as("judged only once the interval is over").isEmpty();

        time.advance(Duration.ofSeconds(10));
        rates.onSuccess(good, three);

        assertThat(three.get(2).isEjected(time.nanoTime())).as("10 of 20 failed: 50 %").isTrue();
        assertThat(bad.isEjected(time.nanoTime())).as("5 of 15 failed: 33 %").isFalse();
        assertThat(reasons).containsExactly(EjectionReason.FAILURE_PERCENTAGE);
    }

    @Test
    void shouldEjectBySuccessRateOnlyFarBelowTheMeanOfEnoughInstances() {
        List<Endpoint> five = List.of(bad, good, new Endpoint(URI.create("http://c:8002")),
                new Endpoint(URI.create("http://d:8002")), new Endpoint(URI.create("http://e:8002")));
        OutlierDetector rates = detector(settings.toBuilder().outlierConsecutiveFailures(0)
                .outlierRates(r -> r.interval(Duration.ofSeconds(1)).successRateStdevFactor(1.5).minimumHosts(5)
                        .requestVolume(20))
                .build());
        for (int i = 0; i < 20; i++) {
            for (Endpoint each : five) {
                if (each == bad && i % 2 == 0) {
                    rates.onFailure(each, five);
                } else {
                    rates.onSuccess(each, five);
                }
            }
        }

        time.advance(Duration.ofSeconds(1));
        rates.onSuccess(good, five);

        assertThat(bad.isEjected(time.nanoTime())).as("50 %% against a mean of 90 %% and a deviation of 20 %%").isTrue();
        assertThat(five.stream().filter(each -> each.isEjected(time.nanoTime()))).hasSize(1);
        assertThat(reasons).containsExactly(EjectionReason.SUCCESS_RATE);
    }

    @Test
    void shouldNotJudgeRatesWithTooFewInstancesOfEnoughVolume() {
        OutlierDetector rates = detector(settings.toBuilder().outlierConsecutiveFailures(0)
                .outlierRates(r -> r.failurePercentage(10).minimumHosts(2).requestVolume(5))
                .build());
        for (int i = 0; i < 10; i++) {
            rates.onFailure(bad, all);
        }
        rates.onSuccess(good, all);

        time.advance(Duration.ofSeconds(10));
        rates.onFailure(bad, all);

        assertThat(bad.isEjected(time.nanoTime())).as("good made 1 attempt, below the volume of 5").isFalse();
    }

    private OutlierDetector detector(LoadBalancingSettings changed) {
        return new OutlierDetector("master-data", changed, time, new EventPublisher(List.of(new ClientEventListener() {
            @Override
            public void onInstanceEjected(InstanceEjectedEvent event) {
                ejections.add(event.period());
                reasons.add(event.reason());
            }
        })));
    }
}
