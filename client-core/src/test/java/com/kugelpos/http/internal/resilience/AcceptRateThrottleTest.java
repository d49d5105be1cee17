package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AcceptRateThrottleTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final AcceptRateThrottle throttle = new AcceptRateThrottle(time);

    @Test
    void shouldNeverRejectWhileTheServiceAcceptsEverything() {
        for (int i = 0; i < 1_000; i++) {
            throttle.onAttempt(true);
        }

        assertThat(throttle.rejectProbability(2)).isZero();
    }

    @Test
    void shouldRejectBySresFormulaWhenTheServiceRejectsMost() {
        for (int i = 0; i < 100; i++) {
            throttle.onAttempt(i < 10);
        }

        assertThat(throttle.rejectProbability(2)).isCloseTo((100 - 2.0 * 10) / 101, within(1e-9));
        assertThat(throttle.rejectProbability(1)).isCloseTo((100 - 10.0) / 101, within(1e-9));
    }

    @Test
    void shouldForgetOutcomesOlderThanTenSeconds() {
        for (int i = 0; i < 100; i++) {
            throttle.onAttempt(false);
        }
        time.advance(Duration.ofSeconds(5));
        assertThat(throttle.rejectProbability(2)).as("still within the window").isGreaterThan(0.9);

        time.advance(Duration.ofSeconds(5));

        assertThat(throttle.rejectProbability(2)).isZero();
    }
}
