package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.config.RetryBudgetSettings;
import com.kugelpos.http.spi.TimeSource;
import java.util.Arrays;

/**
 * Limits the retries of one service to a share of its recent calls, so that a failing service
 * sees at most that much extra load. It counts calls and retries in a sliding window of {@value
 * RetryBudgetSettings#WINDOW_SECONDS} one-second buckets read through the injected {@link
 * TimeSource}; a retry is allowed while the retries in the window stay within {@code ratio × calls
 * + minPerSecond × window}. A disabled budget allows every retry. Thread-safe.
 */
public final class RetryBudget {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int BUCKETS = RetryBudgetSettings.WINDOW_SECONDS;

    private final RetryBudgetSettings settings;
    private final TimeSource time;
    private final long[] bucketSecond = new long[BUCKETS];
    private final long[] calls = new long[BUCKETS];
    private final long[] retries = new long[BUCKETS];

    /** A budget with the given settings, reading time from {@code time}. */
    public RetryBudget(RetryBudgetSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
        Arrays.fill(bucketSecond, Long.MIN_VALUE);
    }

    /** Counts a logical call (its first attempt), which adds {@code ratio} to the budget. */
    public synchronized void recordCall() {
        calls[bucket()]++;
    }

    /**
     * Takes one retry from the budget.
     *
     * @return true when the retry may be made (and is counted), false when the budget is spent
     */
    public synchronized boolean tryAcquireRetry() {
        int bucket = bucket();
        if (settings.enabled() && available() < 1) {
            return false;
        }
        retries[bucket]++;
        return true;
    }

    /** Retries the budget allows now, rounded down; {@link Integer#MAX_VALUE} when disabled. */
    public synchronized int available() {
        if (!settings.enabled()) {
            return Integer.MAX_VALUE;
        }
        long now = currentSecond();
        long windowCalls = 0;
        long windowRetries = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (bucketSecond[i] != Long.MIN_VALUE && now - bucketSecond[i] < BUCKETS) {
                windowCalls += calls[i];
                windowRetries += retries[i];
            }
        }
        double allowed = settings.ratio() * windowCalls + (double) settings.minPerSecond() * BUCKETS;
        return (int) Math.max(0, Math.floor(allowed - windowRetries));
    }

    /** The settings. */
    public RetryBudgetSettings settings() {
        return settings;
    }

    /** The bucket of the current second, emptied if it last held an older second. */
    private int bucket() {
        long second = currentSecond();
        int index = (int) Math.floorMod(second, (long) BUCKETS);
        if (bucketSecond[index] != second) {
            bucketSecond[index] = second;
            calls[index] = 0;
            retries[index] = 0;
        }
        return index;
    }

    private long currentSecond() {
        return Math.floorDiv(time.nanoTime(), NANOS_PER_SECOND);
    }

    @Override
    public synchronized String toString() {
        return "RetryBudget{" + settings + ", available=" + available() + '}';
    }
}
