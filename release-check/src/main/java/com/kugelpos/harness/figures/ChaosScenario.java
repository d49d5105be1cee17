package com.kugelpos.harness.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chaos scenario as the chaos report's {@code chaos-report.json} records it.
 *
 * @param name           {@code TestClass · test method as words}
 * @param passed         whether its test passed
 * @param failure        the failure message, empty when it passed
 * @param durationMillis how long it ran
 * @param figures        the figures the test added (the soak's table), in order
 * @param transitions    breaker transitions by service, e.g. {@code master-data -> [CLOSED>OPEN]}
 * @param calls          calls by outcome ({@code ok} or the exception's simple name), counting kept events
 * @param attempts       attempts kept
 * @param retries        retries kept
 */
public record ChaosScenario(String name, boolean passed, String failure, long durationMillis, Map<String, Object> figures,
                            Map<String, List<String>> transitions, Map<String, Integer> calls, int attempts, int retries) {

    /** Copies the maps, keeping the figures' order and sorting the rest by name. */
    public ChaosScenario {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        transitions = Collections.unmodifiableMap(new TreeMap<>(transitions));
        calls = Collections.unmodifiableMap(new TreeMap<>(calls));
    }
}
