package com.kugelpos.perf.jmh;

import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PipelineBenchmark} and {@link LoopbackBenchmark} with the {@code gc} and {@link
 * ProcessCpuProfiler} profilers, or whatever a JMH command line picks instead.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {}

    /** Runs every case of both benchmarks and returns JMH's results. */
    public static Collection<RunResult> run(SuiteSettings settings) throws RunnerException {
        return run(new OptionsBuilder().build(), settings);
    }

    /**
     * Runs what {@code commandLine} asks for (JMH's own options: a benchmark regex, {@code -p},
     * {@code -f}, {@code -wi}, {@code -prof}...); what it leaves unset comes from {@code defaults}:
     * both benchmarks, the suite's profilers, one benchmark thread and the run's length.
     */
    public static Collection<RunResult> run(Options commandLine, SuiteSettings defaults) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine).shouldFailOnError(true);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(PipelineBenchmark.class.getName() + "\\.").include(LoopbackBenchmark.class.getName() + "\\.");
        }
        if (commandLine.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class).addProfiler(ProcessCpuProfiler.class);
        }
        if (!commandLine.getForkCount().hasValue()) {
            options.forks(defaults.forks());
        }
        if (!commandLine.getThreads().hasValue()) {
            options.threads(1);
        }
        TimeValue iteration = TimeValue.milliseconds(defaults.iterationTime().toMillis());
        if (!commandLine.getWarmupIterations().hasValue()) {
            options.warmupIterations(defaults.warmupIterations());
        }
        if (!commandLine.getWarmupTime().hasValue()) {
            options.warmupTime(iteration);
        }
        if (!commandLine.getMeasurementIterations().hasValue()) {
            options.measurementIterations(defaults.measurementIterations());
        }
        if (!commandLine.getMeasurementTime().hasValue()) {
            options.measurementTime(iteration);
        }
        return new Runner(options.build()).run();
    }
}
