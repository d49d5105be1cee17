package com.kugelpos.harness.report;

import com.kugelpos.harness.figures.ChaosResults;
import com.kugelpos.harness.figures.ChaosScenario;
import com.kugelpos.harness.figures.ContractPair;
import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.figures.GatlingAssertion;
import com.kugelpos.harness.figures.JmhRow;
import com.kugelpos.harness.figures.LatencyRow;
import com.kugelpos.harness.figures.LatencyTable;
import com.kugelpos.harness.figures.ReleaseFigures;
import com.kugelpos.harness.figures.ResiliencyMatrix;
import com.kugelpos.harness.history.GateResult;
import com.kugelpos.harness.history.RegressionGate;
import com.kugelpos.harness.history.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A release page rendered from figures like a real run's, with a history of three runs. */
final class SamplePage {

    private SamplePage() {}

    /** The page's HTML, as if written to {@code reportDir} of the repository {@code root}. */
    static String render(Path root, Path reportDir) {
        SuiteResult soakSuite = new SuiteResult("com.kugelpos.chaos.soak.MixedFaultSoakChaosIT", new TestCounts(1, 0, 0, 0, 60), List.of());
        ReleaseCheck check = new ReleaseCheck(new CheckRun("2026-12-02T01:00:00Z", 720, "./harness", "abc1234"), List.of(
                PartOutcome.of(PartRuns.build(0), List.of(), List.of()),
                PartOutcome.of(PartRuns.ran("chaos", 0), List.of(soakSuite), List.of())));
        Map<String, Object> soakFigures = new LinkedHashMap<>();
        soakFigures.put("calls", 5120.0);
        soakFigures.put("hung (not ended 500 ms after the deadline)", 0.0);
        soakFigures.put("journals stored twice", 0.0);
        ChaosScenario soak = new ChaosScenario("MixedFaultSoakChaosIT · should end every call in time without duplicates or"
                + " leaks under random faults", true, "", 60_000, soakFigures, Map.of("journal", List.of("CLOSED>OPEN",
                "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED")), Map.of("ok", 5000, "ConnectionFailureException", 120), 5400, 280);
        ChaosScenario latency = new ChaosScenario("LatencyChaosIT · should answer on first attempt when latency is below"
                + " response timeout", true, "", 1200, Map.of(), Map.of(), Map.of("ok", 3), 3, 0);
        ChaosResults chaos = new ChaosResults(List.of(latency, soak));
        LatencyTable latencyTable = new LatencyTable(List.of("injector-a", "injector-b"), 4, List.of(
                new LatencyRow("PoolingSimulation", "add item", 7740, 12, 48, 95, 410, 271.7),
                new LatencyRow("PoolingSimulation", "create cart", 1548, 7, 30, 60, 300, 54.3)));
        ReleaseFigures figures = new ReleaseFigures(ResiliencyMatrix.observe(chaos, List.of(soakSuite)), chaos, latencyTable,
                List.of(new GatlingAssertion("poolingsimulation", "add item: 99th percentile of response time is less than 800.0", true),
                        new GatlingAssertion("poolingsimulation", "Global: mean requests per second is greater than 50.0", true)),
                List.of(new JmhRow("LoopbackBenchmark.call", "client=CLIENT_CORE", "thrpt", 8123.4, "ops/s", 2048),
                        new JmhRow("PipelineBenchmark.call", "variant=FULL", "avgt", 912.5, "ns/op", 1400)),
                List.of(new ContractPair("cart", "master-data", 8, "8 passed, 0 failed", true, "12 passed, 0 failed", true)));
        List<RunSummary> history = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            List<Figure> runFigures = new ArrayList<>(figures.figures());
            runFigures.add(new Figure("check.seconds", 700 + run * 10, "s", Figure.Better.NEITHER));
            runFigures.add(new Figure("check.tests passed", 300 + run, "", Figure.Better.NEITHER));
            history.add(new RunSummary("2026120" + run + "T010000Z", "", "", "PASS", 700, Map.of(), runFigures));
        }
        GateResult gate = RegressionGate.judge(figures.figures(), history.subList(0, 2));
        return new ReleasePage(root, reportDir).render(check, figures, gate, history, Path.of("/tmp/history"), true);
    }
}
