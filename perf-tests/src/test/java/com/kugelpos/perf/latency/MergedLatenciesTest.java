package com.kugelpos.perf.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedLatenciesTest {

    @TempDir
    Path folder;

    @Test
    void shouldMergeTheLogsOfSeveralInjectorsIntoOneSetOfPercentiles() {
        // Arrange: injector a answers fast, injector b slowly, both for 10 s
        LatencyLog a = new LatencyLog(1_000_000L);
        LatencyLog b = new LatencyLog(1_000_000L);
        for (int i = 0; i < 900; i++) {
            a.record("add item [slow, breaker open]", 10);
        }
        for (int i = 0; i < 100; i++) {
            b.record("add item [slow, breaker open]", 1000);
        }
        System.setProperty(LatencyLog.INJECTOR_PROPERTY, "injector-a");
        a.write(folder, "PoolingSimulation", 1_010_000L);
        System.setProperty(LatencyLog.INJECTOR_PROPERTY, "injector-b");
        b.write(folder, "PoolingSimulation", 1_010_000L);
        System.clearProperty(LatencyLog.INJECTOR_PROPERTY);

        // Act
        MergedLatencies merged = MergedLatencies.read(List.of(folder, folder.resolve("missing")));

        // Assert
        assertThat(merged.injectors()).containsExactly("injector-a", "injector-b");
        assertThat(merged.logs()).hasSize(2);
        Map<String, Object> summary = merged.summary();
        @SuppressWarnings("unchecked")
        Map<String, Object> run = ((List<Map<String, Object>>) summary.get("runs")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> request = ((List<Map<String, Object>>) run.get("requests")).get(0);
        assertThat(run.get("run")).isEqualTo("PoolingSimulation");
        assertThat(run.get("seconds")).isEqualTo(10.0);
        assertThat(request.get("name")).isEqualTo("add item [slow, breaker open]");
        assertThat(request.get("count")).isEqualTo(1000L);
        assertThat(((Number) request.get("p50")).doubleValue()).isEqualTo(10.0);
        assertThat(((Number) request.get("p95")).doubleValue()).isBetween(999.0, 1001.0);
        assertThat(request.get("perSecond")).isEqualTo(100.0);
    }
}
