package com.kugelpos.perf.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * Client-side latencies of one load run, one HdrHistogram per request name, written as an
 * HdrHistogram log ({@code .hlog}, one tagged interval histogram per request name) that
 * {@link MergeLatencyLogs} merges with the logs of other runs and other injector hosts. Recording is
 * wait-free and thread-safe; {@link #write} is called once when the run ends.
 */
public final class LatencyLog {

    /** The system property naming this injector in the log folder; blank or unset: the host name. */
    public static final String INJECTOR_PROPERTY = "perf.injector";

    /** Latencies are recorded in milliseconds up to an hour, to 3 significant digits. */
    private static final long HIGHEST_MILLIS = 3_600_000L;
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    private final long startMillis;

    /** @param startMillis when the run started (epoch milliseconds), the start of its interval */
    public LatencyLog(long startMillis) {
        this.startMillis = startMillis;
    }

    /** Records one request's latency; values above an hour are recorded as an hour. */
    public void record(String requestName, long millis) {
        recorders.computeIfAbsent(requestName, name -> new Recorder(HIGHEST_MILLIS, SIGNIFICANT_DIGITS))
                .recordValue(Math.min(Math.max(0, millis), HIGHEST_MILLIS));
    }

    /**
     * Writes the log to {@code <folder>/<injector>/<run>.hlog}, one interval from the start to
     * {@code endMillis} per request name, and returns the file.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public Path write(Path folder, String run, long endMillis) {
        Path file = folder.resolve(injector()).resolve(run + ".hlog");
        try {
            Files.createDirectories(file.getParent());
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
                HistogramLogWriter writer = new HistogramLogWriter(out);
                writer.outputComment("client-side latencies in ms of " + run + " on " + injector());
                writer.outputLogFormatVersion();
                writer.setBaseTime(startMillis);
                writer.outputBaseTime(startMillis);
                writer.outputStartTime(startMillis);
                writer.outputLegend();
                for (Map.Entry<String, Recorder> entry : new TreeMap<>(recorders).entrySet()) {
                    Histogram histogram = entry.getValue().getIntervalHistogram();
                    histogram.setStartTimeStamp(startMillis);
                    histogram.setEndTimeStamp(endMillis);
                    histogram.setTag(LatencyTags.encode(entry.getKey()));
                    writer.outputIntervalHistogram(histogram);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the latency log " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** This injector's name: the system property {@value #INJECTOR_PROPERTY}, else the host name. */
    public static String injector() {
        String named = System.getProperty(INJECTOR_PROPERTY, "").strip();
        if (!named.isEmpty()) {
            return named;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
