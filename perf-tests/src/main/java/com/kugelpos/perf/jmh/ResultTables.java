package com.kugelpos.perf.jmh;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Renders the suite's results as two plain-text tables, with the ratios and the targets. Wall time
 * is what JMH measures; CPU time is {@link ProcessCpuProfiler}'s, which stays fair when other
 * processes share the machine.
 */
public final class ResultTables {

    /** The pipeline target: its own CPU time per call, beyond building and sending the raw request. */
    public static final double TARGET_NS_PER_CALL = 500;

    /** The pipeline target for bytes allocated per call, beyond the raw request. */
    public static final double TARGET_BYTES_PER_CALL = 300;

    /** The end-to-end target: client-core's throughput over the raw JDK client's at 64 in flight. */
    public static final double TARGET_THROUGHPUT_RATIO = 0.95;

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private ResultTables() {}

    /** The no-network table: time and bytes per call per variant, and each one's cost beyond the raw request. */
    public static String pipeline(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("Client pipeline, no network (per call; own = minus the raw JDK request;"
                + " target: own CPU <= 500 ns and own allocation <= 300 B)\n");
        table.append(String.format(Locale.ROOT, "%-38s %9s %9s %8s %9s %8s  %s%n",
                "variant", "wall ns", "CPU ns", "B", "own CPU", "own B", "target"));
        Optional<RunResult> raw = pipelineResult(results, PipelineVariant.RAW_JDK);
        double rawCpu = raw.map(r -> secondary(r, ProcessCpuProfiler.RESULT)).orElse(Double.NaN);
        double rawBytes = raw.map(r -> secondary(r, ALLOCATION)).orElse(Double.NaN);
        for (PipelineVariant variant : PipelineVariant.values()) {
            pipelineResult(results, variant).ifPresent(result -> {
                double cpu = secondary(result, ProcessCpuProfiler.RESULT);
                double bytes = secondary(result, ALLOCATION);
                boolean isRaw = variant == PipelineVariant.RAW_JDK;
                table.append(String.format(Locale.ROOT, "%-38s %9.0f %9.0f %8.0f %9s %8s  %s%n", variant.label(),
                        result.getPrimaryResult().getScore(), cpu, bytes,
                        isRaw ? "-" : whole(cpu - rawCpu), isRaw ? "-" : whole(bytes - rawBytes),
                        isRaw ? "" : verdict(cpu - rawCpu <= TARGET_NS_PER_CALL && bytes - rawBytes <= TARGET_BYTES_PER_CALL)));
            });
        }
        return table.toString();
    }

    /** The end-to-end table: calls per second and CPU per call for each client at each level of calls in flight. */
    public static String loopback(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("End to end on loopback (Jetty on 127.0.0.1 in the same JVM; calls/s and"
                + " CPU µs per call, server included; target: client-core >= 95 % of raw JDK calls/s at 64 in flight)\n");
        table.append(String.format(Locale.ROOT, "%-9s %12s %12s %12s %9s %9s %9s %9s %9s%n", "in flight",
                "core/s", "JDK/s", "OkHttp/s", "core/JDK", "OkHttp/JDK", "core µs", "JDK µs", "OkHttp µs"));
        for (int inFlight : new int[] {1, 16, 64}) {
            Optional<RunResult> core = loopbackResult(results, LoopbackClient.CLIENT_CORE, inFlight);
            Optional<RunResult> jdk = loopbackResult(results, LoopbackClient.JDK, inFlight);
            Optional<RunResult> okHttp = loopbackResult(results, LoopbackClient.OKHTTP, inFlight);
            if (core.isEmpty() && jdk.isEmpty() && okHttp.isEmpty()) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "%-9d %12.0f %12.0f %12.0f %8.1f%% %9.1f%% %9.1f %9.1f %9.1f%n",
                    inFlight, score(core), score(jdk), score(okHttp), 100 * score(core) / score(jdk),
                    100 * score(okHttp) / score(jdk), cpuMicros(core), cpuMicros(jdk), cpuMicros(okHttp)));
        }
        double at64 = score(loopbackResult(results, LoopbackClient.CLIENT_CORE, 64))
                / score(loopbackResult(results, LoopbackClient.JDK, 64));
        if (!Double.isNaN(at64)) {
            table.append(String.format(Locale.ROOT, "client-core at 64 in flight: %.1f %% of raw JDK: %s%n",
                    100 * at64, verdict(at64 >= TARGET_THROUGHPUT_RATIO)));
        }
        return table.toString();
    }

    private static Optional<RunResult> pipelineResult(Collection<RunResult> results, PipelineVariant variant) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().startsWith(PipelineBenchmark.class.getName()))
                .filter(r -> variant.name().equals(r.getParams().getParam("variant")))
                .findFirst();
    }

    private static Optional<RunResult> loopbackResult(Collection<RunResult> results, LoopbackClient client, int inFlight) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().startsWith(LoopbackBenchmark.class.getName()))
                .filter(r -> client.name().equals(r.getParams().getParam("client")))
                .filter(r -> Integer.toString(inFlight).equals(r.getParams().getParam("inFlight")))
                .findFirst();
    }

    private static double score(Optional<RunResult> result) {
        return result.map(r -> r.getPrimaryResult().getScore()).orElse(Double.NaN);
    }

    private static double cpuMicros(Optional<RunResult> result) {
        return result.map(r -> secondary(r, ProcessCpuProfiler.RESULT) / 1000).orElse(Double.NaN);
    }

    private static double secondary(RunResult result, String name) {
        Result<?> secondary = result.getSecondaryResults().get(name);
        return secondary == null ? Double.NaN : secondary.getScore();
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
