package com.kugelpos.harness.figures;

import com.kugelpos.harness.json.Json;
import com.kugelpos.harness.json.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JMH results in JMH's own JSON format ({@code -rf json}), as perf-tests' JmhSmokeIT writes them. */
public final class JmhTable {

    private JmhTable() {}

    /**
     * Reads the results; a missing file gives none.
     *
     * @throws com.kugelpos.harness.json.JsonException if it is not JSON
     */
    public static List<JmhRow> read(Path file) {
        List<JmhRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        Object root = Json.read(file);
        if (!(root instanceof List<?> results)) {
            return rows;
        }
        for (Object result : results) {
            String benchmark = JsonTree.text(result, "benchmark", "?");
            String[] parts = benchmark.split("\\.");
            String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
            Map<String, Object> params = JsonTree.object(result, "params");
            String paramText = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            Map<String, Object> primary = JsonTree.object(result, "primaryMetric");
            Object alloc = JsonTree.object(result, "secondaryMetrics").get("gc.alloc.rate.norm");
            rows.add(new JmhRow(shortName, paramText, JsonTree.text(result, "mode", "?"),
                    JsonTree.number(primary, "score", Double.NaN), JsonTree.text(primary, "scoreUnit", ""),
                    JsonTree.number(alloc, "score", Double.NaN)));
        }
        return rows;
    }

    /** The figures the history keeps: the score (higher is better for throughput) and B/op of each case. */
    public static List<Figure> figures(List<JmhRow> rows) {
        List<Figure> figures = new ArrayList<>();
        for (JmhRow row : rows) {
            boolean throughput = row.mode().equals("thrpt");
            figures.add(new Figure("jmh." + row.label() + "." + (throughput ? "ops/s" : "ns/op"), row.score(), row.unit(),
                    throughput ? Figure.Better.HIGHER : Figure.Better.LOWER));
            if (!Double.isNaN(row.bytesPerOp())) {
                figures.add(new Figure("jmh." + row.label() + ".B/op", row.bytesPerOp(), "B/op", Figure.Better.LOWER));
            }
        }
        return figures;
    }
}
