package com.kugelpos.perf.jmh;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The command behind {@code java -jar perf-tests/target/benchmarks.jar}: takes JMH's own command
 * line, runs it (by default the whole suite, its length from {@link
 * SuiteSettings#fromSystemProperties()}) and prints the results side by side. Listing and help
 * options ({@code -l}, {@code -lp}, {@code -lprof}, {@code -lrf}, {@code -h}) go to JMH's own main.
 */
public final class BenchmarkTable {

    private static final List<String> JMH_ONLY = List.of("-l", "-lp", "-lprof", "-lrf", "-h");

    private BenchmarkTable() {}

    /** Runs the benchmarks the command line names (all by default) and prints the two tables. */
    public static void main(String[] args) throws Exception {
        if (List.of(args).stream().anyMatch(JMH_ONLY::contains)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = BenchmarkSuite.run(new CommandLineOptions(args),
                SuiteSettings.fromSystemProperties());
        System.out.println();
        System.out.println(ResultTables.pipeline(results));
        System.out.println(ResultTables.loopback(results));
    }
}
