package com.kugelpos.perf.jmh;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Renders the suite's results as two plain-text tables, with the ratios and the targets. */
public final class ResultTables {

    /** The pipeline target: its own cost per call, beyond building and sending the raw request. */
    public static final double TARGET_NS_PER_CALL = 500;

    /** The pipeline target for bytes allocated per call, beyond the raw request. */
    public static final double TARGET_BYTES_PER_CALL = 300;

    /** The end-to-end target: client-core's throughput over the raw JDK client's at 64 in flight. */
    public static final double TARGET_THROUGHPUT_RATIO = 0.95;

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private ResultTables() {}

    /** The no-network table: ns/op and B/op per variant, and each one's cost beyond the raw request. */
    public static String pipeline(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("Client pipeline, no network (average per call; own = minus the raw"
                + " JDK request; target own <= 500 ns/op and <= 300 B/op)\n");
        table.append(String.format(Locale.ROOT, "%-38s %10s %10s %10s %10s  %s%n",
                "variant", "ns/op", "B/op", "own ns/op", "own B/op", "target"));
        Optional<RunResult> raw = pipelineResult(results, PipelineVariant.RAW_JDK);
        double rawNs = raw.map(r -> r.getPrimaryResult().getScore()).orElse(Double.NaN);
        double rawBytes = raw.map(ResultTables::bytesPerCall).orElse(Double.NaN);
        for (PipelineVariant variant : PipelineVariant.values()) {
            pipelineResult(results, variant).ifPresent(result -> {
                double ns = result.getPrimaryResult().getScore();
                double bytes = bytesPerCall(result);
                boolean isRaw = variant == PipelineVariant.RAW_JDK;
                table.append(String.format(Locale.ROOT, "%-38s %10.0f %10.0f %10s %10s  %s%n", variant.label(), ns, bytes,
                        isRaw ? "-" : format(ns - rawNs), isRaw ? "-" : format(bytes - rawBytes),
                        isRaw ? "" : verdict(ns - rawNs <= TARGET_NS_PER_CALL && bytes - rawBytes <= TARGET_BYTES_PER_CALL)));
            });
        }
        return table.toString();
    }

    /** The end-to-end table: calls per second for each client at each level of calls in flight. */
    public static String loopback(Collection<RunResult> results) {
        StringBuilder table = new StringBuilder("End to end on loopback (calls/s, Jetty on 127.0.0.1; target"
                + " client-core >= 95 % of raw JDK at 64 in flight)\n");
        table.append(String.format(Locale.ROOT, "%-10s %14s %14s %14s %10s %10s%n",
                "in flight", "client-core", "raw JDK", "OkHttp", "core/JDK", "OkHttp/JDK"));
        for (int inFlight : new int[] {1, 16, 64}) {
            double core = throughput(results, LoopbackClient.CLIENT_CORE, inFlight);
            double jdk = throughput(results, LoopbackClient.JDK, inFlight);
            double okHttp = throughput(results, LoopbackClient.OKHTTP, inFlight);
            if (Double.isNaN(core) && Double.isNaN(jdk) && Double.isNaN(okHttp)) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "%-10d %14.0f %14.0f %14.0f %9.1f%% %9.1f%%%n",
                    inFlight, core, jdk, okHttp, 100 * core / jdk, 100 * okHttp / jdk));
        }
        double at64 = throughput(results, LoopbackClient.CLIENT_CORE, 64) / throughput(results, LoopbackClient.JDK, 64);
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

    private static double throughput(Collection<RunResult> results, LoopbackClient client, int inFlight) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().startsWith(LoopbackBenchmark.class.getName()))
                .filter(r -> client.name().equals(r.getParams().getParam("client")))
                .filter(r -> Integer.toString(inFlight).equals(r.getParams().getParam("inFlight")))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst()
                .orElse(Double.NaN);
    }

    private static double bytesPerCall(RunResult result) {
        Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        return allocation == null ? Double.NaN : allocation.getScore();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
