package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void shouldDoubleTheDelayOnEachRetryWhenJitterIsZero() {
        assertThat(backoff.delayBefore(1, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayBefore(2, 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delayBefore(3, 0.0)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldSpreadTheSecondHalfWithJitter() {
        assertThat(backoff.delayBefore(1, 0.5)).isEqualTo(Duration.ofMillis(150));
        assertThat(backoff.delayBefore(2, 0.999)).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void shouldNeverExceedTheCapWhenRetriesAreMany() {
        assertThat(backoff.delayBefore(10, 0.0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(backoff.delayBefore(100, 0.999)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldRejectRetryNumbersBelowOne() {
        assertThatThrownBy(() -> backoff.delayBefore(0, 0.0)).hasMessageContaining("starts at 1");
    }
}
