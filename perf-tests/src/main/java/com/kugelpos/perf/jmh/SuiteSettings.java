package com.kugelpos.perf.jmh;

import java.time.Duration;

/**
 * How long the benchmark suite runs.
 *
 * @param forks JVMs per benchmark and parameter set; 0 runs in this JVM
 * @param warmupIterations iterations thrown away while the JIT settles
 * @param measurementIterations iterations that count
 * @param iterationTime the length of each iteration
 */
public record SuiteSettings(int forks, int warmupIterations, int measurementIterations, Duration iterationTime) {

    /**
     * The full run: one fresh JVM per case, 10 warm-up and 5 measured iterations of 1 s. The warm-up
     * is long because client-core's call path needs about 10 s of JIT work on a 2-core machine
     * before its time per call settles.
     */
    public static SuiteSettings full() {
        return new SuiteSettings(1, 10, 5, Duration.ofSeconds(1));
    }

    /** A smoke run that only proves each case works: in this JVM, one 100 ms iteration of each kind. */
    public static SuiteSettings smoke() {
        return new SuiteSettings(0, 1, 1, Duration.ofMillis(100));
    }

    /**
     * {@link #full()} with any of the system properties {@code bench.forks}, {@code bench.warmup},
     * {@code bench.iterations} and {@code bench.time} (milliseconds) in place of its values.
     */
    public static SuiteSettings fromSystemProperties() {
        SuiteSettings full = full();
        return new SuiteSettings(
                Integer.getInteger("bench.forks", full.forks()),
                Integer.getInteger("bench.warmup", full.warmupIterations()),
                Integer.getInteger("bench.iterations", full.measurementIterations()),
                Duration.ofMillis(Long.getLong("bench.time", full.iterationTime().toMillis())));
    }
}
