package com.kugelpos.harness.figures;

import com.kugelpos.harness.report.PartOutcome;
import com.kugelpos.harness.report.RunState;
import com.kugelpos.harness.report.SuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures that decide a release, read from the reports the parts' plugins and suites wrote.
 *
 * @param matrix     the resiliency matrix with this run's observations
 * @param chaos      the chaos report's scenarios (the soak among them)
 * @param latency    the merged Gatling latencies (HdrHistogram)
 * @param assertions Gatling's assertions and their results
 * @param jmh        the JMH cases
 * @param contracts  the contracts per consumer–provider pair
 */
public record ReleaseFigures(List<MatrixRow> matrix, ChaosResults chaos, LatencyTable latency,
                             List<GatlingAssertion> assertions, List<JmhRow> jmh, List<ContractPair> contracts) {

    /** The chaos report's JSON, relative to the repository root. */
    public static final String CHAOS_JSON = "chaos-tests/target/chaos-report/chaos-report.json";
    /** Gatling's report folders, relative to the repository root. */
    public static final String GATLING_DIR = "perf-tests/target/gatling";
    /** JMH's JSON results, relative to the repository root. */
    public static final String JMH_JSON = "perf-tests/target/jmh/results.json";

    /** Copies the lists. */
    public ReleaseFigures {
        matrix = List.copyOf(matrix);
        assertions = List.copyOf(assertions);
        jmh = List.copyOf(jmh);
        contracts = List.copyOf(contracts);
    }

    /**
     * Reads every source; a part that did not run leaves its figures empty.
     *
     * @param latencyJson the merged latency figures the release check wrote
     */
    public static ReleaseFigures read(Path root, Path latencyJson, List<PartOutcome> parts) {
        List<SuiteResult> chaosSuites = suitesOf(parts, "chaos");
        ChaosResults chaos = ran(parts, "chaos") ? ChaosResults.read(root.resolve(CHAOS_JSON)) : new ChaosResults(List.of());
        boolean perf = ran(parts, "perf");
        return new ReleaseFigures(ResiliencyMatrix.observe(chaos, chaosSuites), chaos,
                perf ? LatencyTable.read(latencyJson) : LatencyTable.NONE,
                perf ? GatlingAssertions.read(root.resolve(GATLING_DIR)) : List.of(),
                perf ? JmhTable.read(root.resolve(JMH_JSON)) : List.of(),
                ran(parts, "contracts") ? ContractPairs.read(root.resolve("pacts"), suitesOf(parts, "contracts")) : List.of());
    }

    /** Every figure the history keeps. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>(latency.figures());
        figures.addAll(JmhTable.figures(jmh));
        figures.addAll(chaos.figures());
        if (!chaos.scenarios().isEmpty()) {
            figures.add(new Figure("matrix.proven", matrix.stream().filter(r -> r.result() == MatrixRow.Result.PASSED).count(),
                    "", Figure.Better.NEITHER));
        }
        if (!contracts.isEmpty()) {
            figures.add(new Figure("contracts.verified pairs", contracts.stream()
                    .filter(p -> p.consumerPassed() && p.providerPassed()).count(), "", Figure.Better.NEITHER));
        }
        return figures;
    }

    private static boolean ran(List<PartOutcome> parts, String name) {
        return parts.stream().anyMatch(p -> p.run().name().equals(name) && p.run().state() == RunState.RAN);
    }

    private static List<SuiteResult> suitesOf(List<PartOutcome> parts, String name) {
        return parts.stream().filter(p -> p.run().name().equals(name)).flatMap(p -> p.suites().stream()).toList();
    }
}
