package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradientLimitTest {

    private static final long MS = 1_000_000;

    @Test
    void shouldGrowWhileLatencyHoldsAndTheLimitIsInUse() {
        GradientLimit limit = new GradientLimit(20, 4, 100);

        for (int i = 0; i < 4_000; i++) {
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
        for (int i = 0; i < 4_000; i++) {
            limit.onAttempt(10 * MS, false, limit.limit());
        }
        int healthy = limit.limit();

        for (int i = 0; i < 600; i++) {
            limit.onAttempt(100 * MS, false, limit.limit());
        }
        int slowed = limit.limit();
        for (int i = 0; i < 10_000; i++) {
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
    void shouldGrowByAtMostOneSmoothedStepPerLimitsWorthOfAttempts() {
        GradientLimit limit = new GradientLimit(16, 4, 100);
        limit.onAttempt(10 * MS, false, 16);

        for (int i = 1; i < 16; i++) {
            limit.onAttempt(10 * MS, false, 16);
        }

        assertThat(limit.limit()).as("16 attempts at 16: one fifth of sqrt(16) added, about 0.8").isEqualTo(16);
        for (int i = 0; i < 16; i++) {
            limit.onAttempt(10 * MS, false, 17);
        }
        assertThat(limit.limit()).isEqualTo(17);
    }

    @Test
    void shouldKeepItsLatencyBaselineWhileAQueueBuildsSoThatTheLimitStaysDown() {
        GradientLimit limit = new GradientLimit(20, 4, 100);
        for (int i = 0; i < 1_000; i++) {
            limit.onAttempt(40 * MS, false, limit.limit());
        }

        for (int i = 0; i < 800; i++) {
            limit.onAttempt(100 * MS, false, limit.limit());
        }

        assertThat(limit.limit()).as("latency 2.5x the baseline for 800 attempts (15 round trips)").isEqualTo(4);
    }

    @Test
    void shouldShrinkByAtMostOneSmoothedStepPerLimitsWorthOfAttemptsSoThatABurstOfSlowOnesDoesNotCollapseIt() {
        GradientLimit limit = new GradientLimit(50, 4, 100);
        for (int i = 0; i < 1_000; i++) {
            limit.onAttempt(40 * MS, false, 30);
        }
        int before = limit.limit();

        for (int i = 0; i < 20; i++) {
            limit.onAttempt(400 * MS, false, 30);
        }

        assertThat(before).isEqualTo(60);
        assertThat(limit.limit()).as("20 attempts at 10x, a third of a round trip: less than one off").isEqualTo(60);
    }

    @Test
    void shouldLearnAServiceThatGotSlowerForGoodOnceTheLimitIsAtItsMinimumAndGrowAgain() {
        GradientLimit limit = new GradientLimit(20, 4, 100);
        for (int i = 0; i < 1_000; i++) {
            limit.onAttempt(2 * MS, false, limit.limit());
        }
        int fast = limit.limit();

        int atMinimum = 0;
        for (int i = 0; i < 3_000; i++) {
            limit.onAttempt(40 * MS, false, limit.limit());
            atMinimum = limit.limit() == 4 ? atMinimum + 1 : atMinimum;
        }

        assertThat(fast).isGreaterThan(20);
        assertThat(atMinimum).as("attempts at the minimum").isBetween(1, 1_000);
        assertThat(limit.limit()).isGreaterThan(8);
    }

    @Test
    void shouldStartWithinItsBounds() {
        assertThat(new GradientLimit(500, 4, 100).limit()).isEqualTo(100);
        assertThat(new GradientLimit(1, 4, 100).limit()).isEqualTo(4);
    }
}
