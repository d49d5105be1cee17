package com.kugelpos.perf.latency;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * The latency logs ({@code <injector>/<run>.hlog}) of one or more injectors merged into one
 * histogram per run and request name, with the time span they cover. Not thread-safe.
 */
public final class MergedLatencies {

    private final Map<String, Map<String, Histogram>> byRun = new TreeMap<>();
    private final Map<String, long[]> spanByRun = new TreeMap<>();
    private final TreeSet<String> injectors = new TreeSet<>();
    private final List<Path> logs = new ArrayList<>();

    /**
     * Reads every {@code .hlog} file under the given folders (recursively); a folder that does not
     * exist adds nothing.
     *
     * @throws UncheckedIOException if a log cannot be read
     */
    public static MergedLatencies read(List<Path> folders) {
        MergedLatencies merged = new MergedLatencies();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".hlog")).sorted().forEach(merged::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the latency logs in " + folder + ": " + e.getMessage(), e);
            }
        }
        return merged;
    }

    private void add(Path log) {
        String name = log.getFileName().toString();
        String run = name.substring(0, name.length() - ".hlog".length());
        Path parent = log.getParent();
        injectors.add(parent == null ? "(unnamed)" : parent.getFileName().toString());
        logs.add(log);
        HistogramLogReader reader;
        try {
            reader = new HistogramLogReader(log.toFile());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("cannot read the latency log " + log + ": " + e.getMessage(), e);
        }
        try (reader) {
            for (EncodableHistogram next = reader.nextIntervalHistogram(); next != null; next = reader.nextIntervalHistogram()) {
                Histogram interval = (Histogram) next;
                byRun.computeIfAbsent(run, key -> new TreeMap<>())
                        .computeIfAbsent(LatencyTags.decode(interval.getTag()), key -> new Histogram(3))
                        .add(interval);
                long[] span = spanByRun.computeIfAbsent(run, key -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                span[0] = Math.min(span[0], interval.getStartTimeStamp());
                span[1] = Math.max(span[1], interval.getEndTimeStamp());
            }
        }
    }

    /** The logs read, in the order read. */
    public List<Path> logs() {
        return List.copyOf(logs);
    }

    /** The injectors (log folder names) the logs came from, sorted. */
    public List<String> injectors() {
        return List.copyOf(injectors);
    }

    /**
     * The merged figures as plain maps for a JSON writer: {@code runs} (each with its {@code run}
     * name, {@code seconds} covered and {@code requests}: name, count, p50, p95, p99, max in ms and
     * perSecond), {@code injectors} and {@code logs}.
     */
    public Map<String, Object> summary() {
        List<Map<String, Object>> runs = new ArrayList<>();
        byRun.forEach((run, requests) -> {
            long[] span = spanByRun.get(run);
            double seconds = Math.max(0.001, (span[1] - span[0]) / 1000.0);
            List<Map<String, Object>> rows = new ArrayList<>();
            requests.forEach((request, histogram) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", request);
                row.put("count", histogram.getTotalCount());
                row.put("p50", histogram.getValueAtPercentile(50));
                row.put("p95", histogram.getValueAtPercentile(95));
                row.put("p99", histogram.getValueAtPercentile(99));
                row.put("max", histogram.getMaxValue());
                row.put("perSecond", Math.round(histogram.getTotalCount() / seconds * 10) / 10.0);
                rows.add(row);
            });
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("run", run);
            node.put("seconds", Math.round(seconds * 10) / 10.0);
            node.put("requests", rows);
            runs.add(node);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("injectors", injectors());
        root.put("logs", logs.stream().map(Path::toString).toList());
        root.put("runs", runs);
        return root;
    }
}
