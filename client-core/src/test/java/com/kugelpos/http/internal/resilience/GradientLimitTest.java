package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradientLimitTest {

    private static final long MS = 1_000_000;

    @Test
    void shouldGrowWhileLatencyHoldsAndTheLimitIsInUse() {
        GradientLimit limit = new GradientLimit(20, 4, 100);

        for (int i = 0; i < 200; i++) {
            limit.onAttempt(10 * MS, false, limit.limit());
        }

        assertThat(limit.limit()).isEqualTo(100);
    }

    @Test
    void shouldNotGrowWhileLessThanHalfOfItIsInUse() {
        GradientLimit limit = new GradientLimit(20, 4, 100);

        for (int i = 0; i < 200; i++) {
            limit.onAttempt(10 * MS, false, 5);
        }

        assertThat(limit.limit()).isEqualTo(20);
    }

    @Test
    void shouldShrinkWhenLatencyRisesAndGrowBackWhenItFalls() {
        GradientLimit limit = new GradientLimit(50, 4, 100);
        for (int i = 0; i < 600; i++) {
            limit.onAttempt(10 * MS, false, limit.limit());
        }
        int healthy = limit.limit();

        for (int i = 0; i < 40; i++) {
            limit.onAttempt(100 * MS, false, limit.limit());
        }
        int slowed = limit.limit();
        for (int i = 0; i < 2_000; i++) {
            limit.onAttempt(10 * MS, false, limit.limit());
        }

        assertThat(slowed).isLessThan(healthy / 2);
        assertThat(limit.limit()).isEqualTo(healthy);
    }

    @Test
    void shouldShrinkOnFailuresAndNeverBelowTheMinimum() {
        GradientLimit limit = new GradientLimit(50, 4, 100);
        for (int i = 0; i < 100; i++) {
            limit.onAttempt(10 * MS, false, limit.limit());
        }

        for (int i = 0; i < 500; i++) {
            limit.onAttempt(MS, true, 1);
        }

        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void shouldStartWithinItsBounds() {
        assertThat(new GradientLimit(500, 4, 100).limit()).isEqualTo(100);
        assertThat(new GradientLimit(1, 4, 100).limit()).isEqualTo(4);
    }
}
