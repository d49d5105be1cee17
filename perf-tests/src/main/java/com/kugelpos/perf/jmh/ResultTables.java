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
    public static final double TARGET_NS_PER_CALL = 1000;

    /** The pipeline target for bytes allocated per call, beyond the raw request. */
    public static final double TARGET_BYTES_PER_CALL = 500;

    /** The end-to-end target: client-core's throughput over the raw JDK client's best, at each level in flight. */
    public static final double TARGET_THROUGHPUT_RATIO = 0.97;

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private ResultTables() {}

    /** The no-network table: time and bytes per call per variant, and each one's cost beyond the raw request. */
    public static String pipeline(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("Client pipeline, no network (per call; own = minus the raw JDK request;"
                + " target: own CPU <= " + whole(TARGET_NS_PER_CALL) + " ns and own allocation <= " + whole(TARGET_BYTES_PER_CALL) + " B)\n");
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

    /**
     * The end-to-end table: for each level of calls in flight, each client's calls per second, its
     * share of the raw JDK client's best configuration, and its CPU per call.
     */
    public static String loopback(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("End to end on loopback (Jetty on 127.0.0.1 in the same JVM; calls/s,"
                + " % of " + LoopbackClient.JDK_BLOCKING.label() + ", CPU µs per call, server included; target:"
                + " client-core >= 97 % of it)\n");
        table.append(String.format(Locale.ROOT, "%-9s %-26s %10s %8s %9s%n", "in flight", "client", "calls/s",
                "% best", "CPU µs"));
        for (int inFlight : new int[] {1, 16, 64}) {
            double best = score(loopbackResult(results, LoopbackClient.JDK_BLOCKING, inFlight));
            for (LoopbackClient client : LoopbackClient.values()) {
                Optional<RunResult> result = loopbackResult(results, client, inFlight);
                if (result.isPresent()) {
                    table.append(String.format(Locale.ROOT, "%-9d %-26s %10.0f %7.1f%% %9.1f%n", inFlight,
                            client.label(), score(result), 100 * score(result) / best, cpuMicros(result)));
                }
            }
            double ratio = score(loopbackResult(results, LoopbackClient.CLIENT_CORE, inFlight)) / best;
            if (!Double.isNaN(ratio)) {
                table.append(String.format(Locale.ROOT, "client-core at %d in flight: %.1f %% of the best raw JDK: %s%n",
                        inFlight, 100 * ratio, verdict(ratio >= TARGET_THROUGHPUT_RATIO)));
            }
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
