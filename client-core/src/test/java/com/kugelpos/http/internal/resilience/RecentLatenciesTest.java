package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentLatenciesTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final RecentLatencies latencies = new RecentLatencies(Duration.ofSeconds(10), time);

    @Test
    void shouldReadAPercentileAsTheUpperBoundOfItsBucketAtMostOneEighthHigh() {
        for (int i = 1; i <= 100; i++) {
            latencies.record(Duration.ofMillis(i));
        }

        Duration p98 = latencies.percentile(98, 1).orElseThrow();
        Duration p50 = latencies.percentile(50, 1).orElseThrow();

        assertThat(p98).isBetween(Duration.ofMillis(98), Duration.ofNanos(98_000_000L * 9 / 8));
        assertThat(p50).isBetween(Duration.ofMillis(50), Duration.ofNanos(50_000_000L * 9 / 8));
        assertThat(latencies.percentile(100, 1).orElseThrow()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void shouldKeepEveryLatencyInABucketWhoseBoundsHoldIt() {
        for (long nanos : new long[] {8, 15, 16, 17, 1_000, 10_000_000, 1L << 40}) {
            int bucket = RecentLatencies.bucket(nanos);
            assertThat(RecentLatencies.upperBound(bucket)).isGreaterThanOrEqualTo(nanos);
            assertThat(bucket == 0 || RecentLatencies.upperBound(bucket - 1) < nanos).isTrue();
        }
    }

    @Test
    void shouldSayNothingBelowTheMinimumOfSamples() {
        latencies.record(Duration.ofMillis(5));

        assertThat(latencies.percentile(98, 2)).isEmpty();
        assertThat(latencies.percentile(98, 1)).isPresent();
    }

    @Test
    void shouldForgetSamplesOlderThanTheWindow() {
        latencies.record(Duration.ofMillis(500));
        time.advance(Duration.ofSeconds(5));
        latencies.record(Duration.ofMillis(5));
        assertThat(latencies.count()).as("both halves").isEqualTo(2);

        time.advance(Duration.ofSeconds(5));
        assertThat(latencies.count()).as("the first half is gone").isEqualTo(1);
        assertThat(latencies.percentile(100, 1).orElseThrow()).isLessThan(Duration.ofMillis(6));

        time.advance(Duration.ofSeconds(10));
        assertThat(latencies.count()).isZero();
    }
}
