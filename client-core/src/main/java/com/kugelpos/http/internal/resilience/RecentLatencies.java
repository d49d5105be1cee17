package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The attempt latencies of one service over a rolling window, as counts in log-linear buckets (8
 * per doubling, so a percentile is read at most 12.5 % high), for the hedging delay. The window is
 * two halves: samples go into the current half, and when it is over it becomes the previous one
 * and the oldest half is dropped, so a percentile covers the last one to two halves. Time comes
 * from the injected {@link TimeSource}. Thread-safe.
 */
public final class RecentLatencies {

    private static final int SUB_BUCKETS = 8;
    private static final int SUB_BITS = 3;
    /** Doublings covered: up to 2^45 ns, about 9.8 hours; longer latencies count in the last bucket. */
    private static final int DOUBLINGS = 45;
    private static final int BUCKETS = DOUBLINGS * SUB_BUCKETS;

    private final TimeSource time;
    private final long halfNanos;
    private long[] current = new long[BUCKETS];
    private long[] previous = new long[BUCKETS];
    private long currentCount;
    private long previousCount;
    private long currentStart;

    /** @param window how far back samples count at most, above zero */
    public RecentLatencies(Duration window, TimeSource time) {
        this.time = time;
        this.halfNanos = Math.max(1, window.toNanos() / 2);
        this.currentStart = time.nanoTime();
    }

    /** Counts one attempt's latency. */
    public synchronized void record(Duration latency) {
        rotate();
        current[bucket(latency.toNanos())]++;
        currentCount++;
    }

    /**
     * The latency at {@code percentile} (0 to 100) of the window, rounded up to its bucket's upper
     * bound; empty while the window holds fewer than {@code minSamples} samples.
     */
    public synchronized Optional<Duration> percentile(double percentile, long minSamples) {
        rotate();
        long total = currentCount + previousCount;
        if (total == 0 || total < minSamples) {
            return Optional.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += current[i] + previous[i];
            if (seen >= rank) {
                return Optional.of(Duration.ofNanos(upperBound(i)));
            }
        }
        return Optional.of(Duration.ofNanos(upperBound(BUCKETS - 1)));
    }

    /** Samples in the window now. */
    public synchronized long count() {
        rotate();
        return currentCount + previousCount;
    }

    private void rotate() {
        long elapsed = time.nanoTime() - currentStart;
        if (elapsed < halfNanos) {
            return;
        }
        long[] oldest = previous;
        Arrays.fill(oldest, 0);
        if (elapsed < 2 * halfNanos) {
            previous = current;
            previousCount = currentCount;
        } else {
            Arrays.fill(current, 0);
            previous = current;
            previousCount = 0;
        }
        current = oldest;
        currentCount = 0;
        currentStart += (elapsed / halfNanos) * halfNanos;
    }

    /** The bucket of {@code nanos}: its doubling times 8 plus the next three bits below the top one. */
    static int bucket(long nanos) {
        long value = Math.max(SUB_BUCKETS, nanos);
        int top = 63 - Long.numberOfLeadingZeros(value);
        int sub = (int) ((value >>> (top - SUB_BITS)) & (SUB_BUCKETS - 1));
        return Math.min(BUCKETS - 1, (top - SUB_BITS) * SUB_BUCKETS + sub);
    }

    /** The largest latency in nanoseconds that falls in bucket {@code index}. */
    static long upperBound(int index) {
        int shift = index / SUB_BUCKETS;
        int sub = index % SUB_BUCKETS;
        return ((long) (SUB_BUCKETS + sub + 1) << shift) - 1;
    }
}
