package com.kugelpos.harness.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.report.SuiteResult;
import com.kugelpos.harness.report.TestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure readers of the merged latencies, JMH's JSON and the pact files. */
class FigureFilesTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadMergedLatenciesAsRowsAndFigures() throws Exception {
        // Arrange
        Path file = folder.resolve("latency.json");
        Files.writeString(file, """
                {"injectors":["a","b"],"logs":["a/PoolingSimulation.hlog","b/PoolingSimulation.hlog"],
                 "runs":[{"run":"PoolingSimulation","seconds":28.5,"requests":[
                   {"name":"add item","count":7740,"p50":779,"p95":1424,"p99":1837,"max":2365,"perSecond":271.7}]}]}
                """);

        // Act
        LatencyTable table = LatencyTable.read(file);

        // Assert
        assertThat(table.injectors()).containsExactly("a", "b");
        assertThat(table.logs()).isEqualTo(2);
        assertThat(table.rows()).containsExactly(new LatencyRow("PoolingSimulation", "add item", 7740, 779, 1424, 1837, 2365, 271.7));
        assertThat(table.figures()).extracting(Figure::name).containsExactly("gatling.PoolingSimulation.add item.p50",
                "gatling.PoolingSimulation.add item.p95", "gatling.PoolingSimulation.add item.p99",
                "gatling.PoolingSimulation.add item.throughput");
        assertThat(LatencyTable.read(folder.resolve("none.json"))).isEqualTo(LatencyTable.NONE);
    }

    @Test
    void shouldReadJmhScoresAndAllocationWhenJmhWroteJson() throws Exception {
        // Arrange
        Path file = folder.resolve("results.json");
        Files.writeString(file, """
                [{"benchmark":"com.kugelpos.perf.jmh.LoopbackBenchmark.call","mode":"thrpt","params":{"client":"JDK"},
                  "primaryMetric":{"score":8123.4,"scoreUnit":"ops/s"},
                  "secondaryMetrics":{"gc.alloc.rate.norm":{"score":2048.5,"scoreUnit":"B/op"}}},
                 {"benchmark":"com.kugelpos.perf.jmh.PipelineBenchmark.call","mode":"avgt",
                  "primaryMetric":{"score":912.5,"scoreUnit":"ns/op"},"secondaryMetrics":{}}]
                """);

        // Act
        List<JmhRow> rows = JmhTable.read(file);

        // Assert
        assertThat(rows).containsExactly(new JmhRow("LoopbackBenchmark.call", "client=JDK", "thrpt", 8123.4, "ops/s", 2048.5),
                new JmhRow("PipelineBenchmark.call", "", "avgt", 912.5, "ns/op", Double.NaN));
        assertThat(JmhTable.figures(rows)).extracting(Figure::name, Figure::better).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jmh.LoopbackBenchmark.call [client=JDK].ops/s", Figure.Better.HIGHER),
                org.assertj.core.groups.Tuple.tuple("jmh.LoopbackBenchmark.call [client=JDK].B/op", Figure.Better.LOWER),
                org.assertj.core.groups.Tuple.tuple("jmh.PipelineBenchmark.call.ns/op", Figure.Better.LOWER));
    }

    @Test
    void shouldPairEachPactWithItsConsumerTestAndProviderVerification() throws Exception {
        // Arrange
        Path pacts = Files.createDirectories(folder.resolve("pacts"));
        Files.writeString(pacts.resolve("cart-master-data.json"),
                "{\"consumer\":{\"name\":\"cart\"},\"provider\":{\"name\":\"master-data\"},\"interactions\":[{},{}]}");
        Files.writeString(pacts.resolve("journal-cart.json"),
                "{\"consumer\":{\"name\":\"journal\"},\"provider\":{\"name\":\"cart\"},\"interactions\":[{}]}");
        List<SuiteResult> suites = List.of(
                new SuiteResult("com.kugelpos.contract.CartMasterDataPactTest", new TestCounts(2, 0, 0, 0, 1), List.of()),
                new SuiteResult("com.kugelpos.contract.MasterDataProviderPactIT", new TestCounts(14, 0, 0, 0, 6), List.of()));

        // Act
        List<ContractPair> pairs = ContractPairs.read(pacts, suites);

        // Assert
        assertThat(pairs).containsExactly(
                new ContractPair("cart", "master-data", 2, "2 passed, 0 failed", true, "14 passed, 0 failed", true),
                new ContractPair("journal", "cart", 1, "not run", false, "not run", false));
    }
}
