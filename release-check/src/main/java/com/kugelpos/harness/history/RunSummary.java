package com.kugelpos.harness.history;

import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.json.JsonTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compact summary of one release-check run that the history keeps: when, what, the verdict,
 * the test counts per part and every figure.
 *
 * @param id      sortable run id, e.g. {@code 20261202T013000Z}
 * @param started when it started, ISO-8601
 * @param commit  the commit checked, empty when unknown
 * @param verdict {@code PASS} or {@code FAIL}
 * @param seconds how long it took
 * @param parts   the verdict of each part that ran, by name
 * @param figures the run's figures
 */
public record RunSummary(String id, String started, String commit, String verdict, long seconds,
                         Map<String, String> parts, List<Figure> figures) {

    /** Copies the collections. */
    public RunSummary {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        figures = List.copyOf(figures);
    }

    /** The figure with this name, if the run has it. */
    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** As plain maps and lists for {@link com.kugelpos.harness.json.Json#write}. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", id);
        root.put("started", started);
        root.put("commit", commit);
        root.put("verdict", verdict);
        root.put("seconds", seconds);
        root.put("parts", new LinkedHashMap<>(parts));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Figure figure : figures) {
            values.put(figure.name(), List.of(figure.value(), figure.unit(), figure.better().name()));
        }
        root.put("figures", values);
        return root;
    }

    /**
     * Reads a summary written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if it has no id
     */
    public static RunSummary fromJson(Object node) {
        String id = JsonTree.text(node, "id", "");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a run summary needs an id");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        JsonTree.object(node, "parts").forEach((name, verdict) -> parts.put(name, String.valueOf(verdict)));
        List<Figure> figures = new ArrayList<>();
        JsonTree.object(node, "figures").forEach((name, value) -> {
            if (value instanceof List<?> triple && triple.size() == 3 && triple.get(0) instanceof Number n) {
                figures.add(new Figure(name, n.doubleValue(), String.valueOf(triple.get(1)),
                        Figure.Better.valueOf(String.valueOf(triple.get(2)))));
            }
        });
        return new RunSummary(id, JsonTree.text(node, "started", ""), JsonTree.text(node, "commit", ""),
                JsonTree.text(node, "verdict", "?"), (long) JsonTree.number(node, "seconds", 0), parts, figures);
    }
}
