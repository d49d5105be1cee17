package com.kugelpos.perf.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs every benchmark case for one 100 ms iteration so that the suite cannot rot: each case must
 * set up, make calls without a failure, report a score and an allocation figure, and appear in the
 * printed tables. The numbers themselves mean nothing at this length.
 */
class JmhSmokeIT {

    @Test
    void shouldScoreEveryBenchmarkCaseWhenTheSuiteRunsBriefly() throws Exception {
        Collection<RunResult> results = BenchmarkSuite.run(SuiteSettings.smoke());
        JmhResultsFile.write(results);

        assertThat(results).hasSize(PipelineVariant.values().length + LoopbackClient.values().length * 3);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getPrimaryResult().getScore()).isPositive();
            assertThat(result.getSecondaryResults()).containsKeys("gc.alloc.rate.norm", ProcessCpuProfiler.RESULT);
        });
        assertThat(ResultTables.pipeline(results))
                .contains(Arrays.stream(PipelineVariant.values()).map(PipelineVariant::label).toArray(String[]::new))
                .doesNotContain("NaN");
        assertThat(ResultTables.loopback(results))
                .contains("client-core at 64 in flight")
                .doesNotContain("NaN");
    }
}
