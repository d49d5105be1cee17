package com.kugelpos.harness.figures;

import com.kugelpos.harness.json.Json;
import com.kugelpos.harness.json.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged latency figures that {@code com.kugelpos.perf.latency.MergeLatencyLogs} (perf-tests)
 * writes from the HdrHistogram logs of every injector.
 *
 * @param injectors the injectors whose logs were merged
 * @param logs      how many logs were merged
 * @param rows      one row per simulation and request name
 */
public record LatencyTable(List<String> injectors, int logs, List<LatencyRow> rows) {

    /** No latencies (the perf part did not run). */
    public static final LatencyTable NONE = new LatencyTable(List.of(), 0, List.of());

    /** Copies the lists. */
    public LatencyTable {
        injectors = List.copyOf(injectors);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the merged JSON; a missing file gives {@link #NONE}.
     *
     * @throws com.kugelpos.harness.json.JsonException if it is not JSON
     */
    public static LatencyTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Object root = Json.read(file);
        List<LatencyRow> rows = new ArrayList<>();
        for (Object run : JsonTree.array(root, "runs")) {
            String simulation = JsonTree.text(run, "run", "?");
            for (Object r : JsonTree.array(run, "requests")) {
                rows.add(new LatencyRow(simulation, JsonTree.text(r, "name", "?"), (long) JsonTree.number(r, "count", 0),
                        JsonTree.number(r, "p50", 0), JsonTree.number(r, "p95", 0), JsonTree.number(r, "p99", 0),
                        JsonTree.number(r, "max", 0), JsonTree.number(r, "perSecond", 0)));
            }
        }
        List<String> injectors = JsonTree.array(root, "injectors").stream().map(String::valueOf).toList();
        return new LatencyTable(injectors, JsonTree.array(root, "logs").size(), rows);
    }

    /** The figures the history keeps: p50, p95, p99 and throughput per simulation and request. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (LatencyRow row : rows) {
            String prefix = "gatling." + row.simulation() + "." + row.request() + ".";
            figures.add(new Figure(prefix + "p50", row.p50(), "ms", Figure.Better.LOWER));
            figures.add(new Figure(prefix + "p95", row.p95(), "ms", Figure.Better.LOWER));
            figures.add(new Figure(prefix + "p99", row.p99(), "ms", Figure.Better.LOWER));
            figures.add(new Figure(prefix + "throughput", row.perSecond(), "req/s", Figure.Better.HIGHER));
        }
        return figures;
    }
}
