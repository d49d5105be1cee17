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
     * The full run: one fresh JVM per case, 8 warm-up and 5 measured iterations of 3 s. The warm-up
     * is long because at 64 calls in flight on a 2-core machine the JDK client under client-core and
     * the raw JDK client alike need 15-20 s of load before their calls per second settle (from about
     * 700-950 in the first second to 11,000-12,000); a shorter warm-up measures the JIT, not the client.
     */
    public static SuiteSettings full() {
        return new SuiteSettings(1, 8, 5, Duration.ofSeconds(3));
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
