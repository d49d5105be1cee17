package com.kugelpos.perf.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports {@value #RESULT}: the CPU time of the whole benchmark JVM per operation, every thread
 * counted (the client's I/O, timer and server threads too). Unlike wall time, it does not grow when
 * other processes take the machine's cores, so it compares clients fairly on a shared machine.
 * After warm-up, JIT and GC threads add little.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    /** The secondary result's name. */
    public static final String RESULT = "cpu.process.norm";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startCpuNanos;

    @Override
    public String getDescription() {
        return "CPU time of the whole JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        startCpuNanos = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        long used = os.getProcessCpuTime() - startCpuNanos;
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(new ScalarResult(RESULT, ops == 0 ? Double.NaN : (double) used / ops, "ns/op",
                AggregationPolicy.AVG));
    }
}
