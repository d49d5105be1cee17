package com.kugelpos.perf.latency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Merges the latency logs of several runs or injector hosts into one set of percentiles:
 * {@code java -cp perf-tests/target/benchmarks.jar com.kugelpos.perf.latency.MergeLatencyLogs OUTPUT.json FOLDER...}
 * reads every {@code .hlog} under the folders, writes the merged figures as JSON to OUTPUT.json and
 * prints them. Exits with 2 when the arguments are wrong or no log was found.
 */
public final class MergeLatencyLogs {

    private MergeLatencyLogs() {}

    /** @param args the output file, then one or more folders holding {@code .hlog} files */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: MergeLatencyLogs OUTPUT.json FOLDER... (folders holding <injector>/<run>.hlog files)");
            System.exit(2);
        }
        List<Path> folders = Arrays.stream(args, 1, args.length).map(Path::of).toList();
        MergedLatencies merged = MergedLatencies.read(folders);
        if (merged.logs().isEmpty()) {
            System.err.println("no latency logs (*.hlog) under " + folders + "; run the Gatling simulations first");
            System.exit(2);
        }
        Map<String, Object> summary = merged.summary();
        Path output = Path.of(args[0]);
        try {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        System.out.println("merged " + merged.logs().size() + " latency logs of " + merged.injectors() + " into " + output);
    }
}
