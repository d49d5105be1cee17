package com.kugelpos.perf.gatling.environment;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.CheckBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times of requests measured side by side in one simulation, so that a gate can compare
 * their medians: load on a shared machine slows every request of the run alike, and a ratio of
 * medians measured together stays put where an absolute limit would flake. Thread-safe.
 */
public final class PairedLatency {

    private final Map<String, List<Long>> millis = new ConcurrentHashMap<>();

    /** A check that records the response time under {@code name} and never fails. */
    public CheckBuilder.Final of(String name) {
        return responseTimeInMillis().transform(value -> {
            List<Long> times = millis.computeIfAbsent(name, key -> Collections.synchronizedList(new ArrayList<>()));
            times.add((long) value);
            return value;
        });
    }

    /** The median response time recorded under {@code name}, at least 1 ms; NaN when none was recorded. */
    public double median(String name) {
        List<Long> times = millis.get(name);
        if (times == null) {
            return Double.NaN;
        }
        List<Long> sorted;
        synchronized (times) {
            sorted = new ArrayList<>(times);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return Math.max(1, sorted.get(sorted.size() / 2));
    }

    /** How many response times were recorded under {@code name}. */
    public int count(String name) {
        List<Long> times = millis.get(name);
        return times == null ? 0 : times.size();
    }
}
