package com.kugelpos.chaos.support;

import com.kugelpos.http.ServiceResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The latency of every successful call of a load, stamped with when it ended, so a scenario can
 * read a percentile over any window of its run (e.g. from two seconds after a fault on). Keeps at
 * most {@value #MAX_SAMPLES} samples; beyond that they are counted as not kept. Thread-safe.
 */
public final class LatencyRecorder {

    /** Samples kept: a 30 s load of 32 callers on loopback stays well below. */
    public static final int MAX_SAMPLES = 2_000_000;

    private record Sample(long endNanos, long latencyNanos) {}

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger kept = new AtomicInteger();

    /** Starts the call now and records its latency when it succeeds. */
    public CompletableFuture<ServiceResponse> time(Supplier<CompletableFuture<ServiceResponse>> call) {
        long start = System.nanoTime();
        CompletableFuture<ServiceResponse> future = call.get();
        future.whenComplete((response, failure) -> {
            if (failure == null && kept.incrementAndGet() <= MAX_SAMPLES) {
                long end = System.nanoTime();
                samples.add(new Sample(end, end - start));
            }
        });
        return future;
    }

    /**
     * The {@code percentile} (0 to 100) of the latencies of calls that ended from {@code fromNanos}
     * to {@code toNanos} (on {@link System#nanoTime()}), nearest rank.
     *
     * @throws IllegalStateException when no call ended in the window
     */
    public Duration percentile(double percentile, long fromNanos, long toNanos) {
        long[] latencies = samples.stream().filter(s -> s.endNanos() >= fromNanos && s.endNanos() < toNanos)
                .mapToLong(Sample::latencyNanos).sorted().toArray();
        if (latencies.length == 0) {
            throw new IllegalStateException("no call succeeded in the window");
        }
        int rank = (int) Math.ceil(percentile / 100 * latencies.length);
        return Duration.ofNanos(latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))]);
    }

    /** How many calls succeeded from {@code fromNanos} to {@code toNanos}. */
    public long count(long fromNanos, long toNanos) {
        return samples.stream().filter(s -> s.endNanos() >= fromNanos && s.endNanos() < toNanos).count();
    }
}
