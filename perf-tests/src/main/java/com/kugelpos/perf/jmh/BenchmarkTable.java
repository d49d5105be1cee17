package com.kugelpos.perf.jmh;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The command behind {@code java -jar perf-tests/target/benchmarks.jar}: runs the suite (length
 * from {@link SuiteSettings#fromSystemProperties()}) and prints the results side by side.
 */
public final class BenchmarkTable {

    private BenchmarkTable() {}

    /** Runs the suite and prints the two tables. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = BenchmarkSuite.run(SuiteSettings.fromSystemProperties());
        System.out.println();
        System.out.println(ResultTables.pipeline(results));
        System.out.println(ResultTables.loopback(results));
    }
}
