package com.kugelpos.harness.figures;

import com.kugelpos.harness.json.Json;
import com.kugelpos.harness.json.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scenarios of the chaos report ({@code chaos-tests/target/chaos-report/chaos-report.json}), with
 * the soak's figures.
 *
 * @param scenarios every scenario, in report order
 */
public record ChaosResults(List<ChaosScenario> scenarios) {

    /** Soak figures that are numbers but not measurements (the random seed). */
    private static final List<String> NOT_FIGURES = List.of("seed");

    /** The soak scenario's test class. */
    public static final String SOAK_CLASS = "MixedFaultSoakChaosIT";

    /** Copies the list. */
    public ChaosResults {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Reads the report; a missing file gives no scenarios.
     *
     * @throws com.kugelpos.harness.json.JsonException if it is not JSON
     */
    public static ChaosResults read(Path file) {
        List<ChaosScenario> scenarios = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new ChaosResults(scenarios);
        }
        for (Object node : JsonTree.array(Json.read(file), "scenarios")) {
            Map<String, List<String>> transitions = new TreeMap<>();
            Map<String, Integer> calls = new TreeMap<>();
            int attempts = 0;
            int retries = 0;
            for (Object event : JsonTree.array(node, "events")) {
                String kind = JsonTree.text(event, "kind", "");
                String service = JsonTree.text(event, "service", "");
                switch (kind) {
                    case "BREAKER" -> transitions.computeIfAbsent(service, key -> new ArrayList<>())
                            .add(JsonTree.text(event, "label", "?"));
                    case "CALL" -> calls.merge(JsonTree.text(event, "label", "?"), 1, Integer::sum);
                    case "ATTEMPT" -> attempts++;
                    case "RETRY" -> retries++;
                    default -> { }
                }
            }
            String failure = JsonTree.text(node, "failure", "");
            scenarios.add(new ChaosScenario(JsonTree.text(node, "name", "?"), JsonTree.bool(node, "passed", false),
                    failure, (long) JsonTree.number(node, "durationMillis", 0),
                    new LinkedHashMap<>(JsonTree.object(node, "figures")), transitions, calls, attempts, retries));
        }
        return new ChaosResults(scenarios);
    }

    /** The scenario of a test class and method, named as the chaos report names it. */
    public Optional<ChaosScenario> scenario(String testClass, String method) {
        String name = testClass + " · " + sentence(method);
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The soak scenario, if it ran. */
    public Optional<ChaosScenario> soak() {
        return scenarios.stream().filter(s -> s.name().startsWith(SOAK_CLASS + " ")).findFirst();
    }

    /** The soak's numeric figures for the history (calls, successes, hung, duplicates...). */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        soak().ifPresent(soak -> soak.figures().forEach((label, value) -> {
            if (value instanceof Number n && !NOT_FIGURES.contains(label)) {
                figures.add(new Figure("soak." + label, n.doubleValue(), "", Figure.Better.NEITHER));
            }
        }));
        return figures;
    }

    /** {@code shouldRetryGetWhenX} as {@code should retry get when x}, as the chaos report words test names. */
    static String sentence(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }
}
