package com.kugelpos.perf.jmh;

import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link PipelineBenchmark} and {@link LoopbackBenchmark} with the {@code gc} and {@link ProcessCpuProfiler} profilers. */
public final class BenchmarkSuite {

    private BenchmarkSuite() {}

    /** Runs every case of both benchmarks and returns JMH's results. */
    public static Collection<RunResult> run(SuiteSettings settings) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName() + "\\.")
                .include(LoopbackBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .addProfiler(ProcessCpuProfiler.class)
                .forks(settings.forks())
                .threads(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.iterationTime().toMillis()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.iterationTime().toMillis()))
                .shouldFailOnError(true)
                .build();
        return new Runner(options).run();
    }
}
