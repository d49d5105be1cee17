package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;

import com.kugelpos.http.event.BreakerTransitionEvent;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final List<BreakerTransitionEvent> transitions = new ArrayList<>();
    private CircuitBreaker breaker;

    @BeforeEach
    void setUp() {
        breaker = new CircuitBreaker("master-data", 3, Duration.ofSeconds(60), Duration.ofSeconds(30), time);
        breaker.onTransition(transitions::add);
    }

    @Test
    void shouldOpenAfterThreeConsecutiveFailures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);

        fail(1);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(transitions).extracting(BreakerTransitionEvent::to).containsExactly(CircuitState.OPEN);
    }

    @Test
    void shouldResetTheCountWhenACallSucceeds() {
        fail(2);
        breaker.tryAcquire().orElseThrow().onSuccess();
        fail(2);

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldFailFastWhileOpenAndSayWhenItRetries() {
        fail(3);
        time.advance(Duration.ofSeconds(20));

        assertThat(breaker.tryAcquire()).isEmpty();
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void shouldGoHalfOpenExactlyWhenTheOpenPeriodEnds() {
        fail(3);

        time.advance(Duration.ofSeconds(60).minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        time.advance(Duration.ofNanos(1));

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(transitions).extracting(BreakerTransitionEvent::to)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN);
        assertThat(transitions.get(1).at()).isEqualTo(time.now());
    }

    @Test
    void shouldLetOneProbeThroughAtATimeWhenHalfOpen() {
        fail(3);
        time.advance(Duration.ofSeconds(60));

        var probe = breaker.tryAcquire();

        assertThat(probe).isPresent();
        assertThat(breaker.tryAcquire()).isEmpty();
        probe.get().release();
        assertThat(breaker.tryAcquire()).isPresent();
    }

    @Test
    void shouldCloseWhenTheProbeSucceeds() {
        fail(3);
        time.advance(Duration.ofSeconds(60));

        breaker.tryAcquire().orElseThrow().onSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(transitions).extracting(BreakerTransitionEvent::to)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
    }

    @Test
    void shouldOpenAgainForAFullPeriodWhenTheProbeFails() {
        fail(3);
        time.advance(Duration.ofSeconds(60));

        breaker.tryAcquire().orElseThrow().onFailure();

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldIgnoreOutcomesOfAttemptsGrantedBeforeTheBreakerOpened() {
        var late = breaker.tryAcquire().orElseThrow();
        fail(3);
        time.advance(Duration.ofSeconds(60));

        late.onSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void shouldLetTheNextProbeThroughWhenAProbeOutlivesItsLeaseAndIgnoreTheOldOne() {
        fail(3);
        time.advance(Duration.ofSeconds(60));
        var stuck = breaker.tryAcquire().orElseThrow();

        time.advance(Duration.ofSeconds(30).minusNanos(1));
        assertThat(breaker.tryAcquire()).as("within the lease").isEmpty();
        time.advance(Duration.ofNanos(1));
        var next = breaker.tryAcquire();

        assertThat(next).as("the lease ran out").isPresent();
        stuck.onFailure();
        stuck.release();
        assertThat(breaker.state()).as("the old probe's outcome is ignored").isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("its release frees nothing of the new probe").isEmpty();
        next.get().onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldNotCountAFailureDuringWhichAnotherCallSucceeded() {
        var poison = breaker.tryAcquire().orElseThrow();
        time.advance(Duration.ofMillis(1));
        breaker.tryAcquire().orElseThrow().onSuccess();
        fail(2);

        poison.onFailure();

        assertThat(breaker.state()).as("the service answered while the poison call ran").isEqualTo(CircuitState.CLOSED);
        fail(1);
        assertThat(breaker.state()).as("three failures with no success while they ran").isEqualTo(CircuitState.OPEN);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.tryAcquire().orElseThrow().onFailure();
        }
    }
}
