package com.kugelpos.http.internal.balancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeakEwmaTest {

    private static final long DECAY = Duration.ofSeconds(10).toNanos();
    private static final long MS = 1_000_000;

    private final PeakEwma ewma = new PeakEwma(DECAY);

    @Test
    void shouldBeUnsampledAndZeroBeforeTheFirstAttempt() {
        assertThat(ewma.isSampled()).isFalse();
        assertThat(ewma.estimate(0)).isZero();
    }

    @Test
    void shouldTakeTheFirstSampleAsTheEstimate() {
        ewma.observe(5 * MS, 100);

        assertThat(ewma.isSampled()).isTrue();
        assertThat(ewma.estimate(100)).isEqualTo(5.0 * MS);
    }

    @Test
    void shouldJumpToASlowerSampleAtOnce() {
        ewma.observe(2 * MS, 0);

        ewma.observe(300 * MS, 1);

        assertThat(ewma.estimate(1)).isEqualTo(300.0 * MS);
    }

    @Test
    void shouldBlendAFasterSampleByTheTimeSinceTheLast() {
        ewma.observe(100 * MS, 0);

        ewma.observe(10 * MS, DECAY);

        double weight = Math.exp(-1);
        assertThat(ewma.estimate(DECAY)).isCloseTo(100.0 * MS * weight + 10.0 * MS * (1 - weight), within(1.0));
    }

    @Test
    void shouldDecayBetweenSamplesWithoutChangingOnRead() {
        ewma.observe(100 * MS, 0);

        double afterOneDecay = ewma.estimate(DECAY);
        double again = ewma.estimate(DECAY);

        assertThat(afterOneDecay).isCloseTo(100.0 * MS * Math.exp(-1), within(1.0));
        assertThat(again).isEqualTo(afterOneDecay);
        assertThat(ewma.estimate(5 * DECAY)).isCloseTo(100.0 * MS * Math.exp(-5), within(1.0));
    }

    @Test
    void shouldNeverLowerTheEstimateOnAFastFailure() {
        ewma.observe(200 * MS, 0);

        ewma.observeFailure(MS, 1);

        assertThat(ewma.estimate(1)).isGreaterThanOrEqualTo(ewma.estimate(0) * Math.exp(-1.0 / DECAY));
        assertThat(ewma.estimate(1)).isGreaterThan(199.0 * MS);
    }

    @Test
    void shouldRaiseTheEstimateOnASlowFailure() {
        ewma.observe(2 * MS, 0);

        ewma.observeFailure(2_000 * MS, 1);

        assertThat(ewma.estimate(1)).isEqualTo(2_000.0 * MS);
    }
}
