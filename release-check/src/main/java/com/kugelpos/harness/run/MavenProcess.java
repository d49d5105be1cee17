package com.kugelpos.harness.run;

import com.kugelpos.harness.report.Durations;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Maven process with its whole output in a log file, printing progress from the reports it
 * writes and a heartbeat while nothing new appears.
 */
final class MavenProcess {

    private static final long POLL_SECONDS = 2;
    private static final long HEARTBEAT_SECONDS = 60;

    private final Path root;
    private final PrintStream out;

    MavenProcess(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** The command line {@code mvn -B -ntp ARGS}. */
    static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command} in the repository root and waits for it.
     *
     * @return Maven's exit code
     * @throws IOException if Maven cannot be started or the log cannot be written
     */
    int run(String part, List<String> command, Path log, ReportWatch watch) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        out.println("[" + part + "] " + String.join(" ", command) + "  (log: " + root.relativize(log.toAbsolutePath()) + ")");
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        long started = System.nanoTime();
        long lastNews = started;
        try {
            while (!process.waitFor(POLL_SECONDS, TimeUnit.SECONDS)) {
                lastNews = report(watch, started, lastNews, part);
            }
            report(watch, started, lastNews, part);
            return process.exitValue();
        } finally {
            if (process.isAlive()) {
                process.destroy();
            }
        }
    }

    private long report(ReportWatch watch, long started, long lastNews, String part) {
        List<String> lines = watch == null ? List.of() : watch.poll();
        lines.forEach(out::println);
        long now = System.nanoTime();
        if (!lines.isEmpty()) {
            return now;
        }
        if (TimeUnit.NANOSECONDS.toSeconds(now - lastNews) >= HEARTBEAT_SECONDS) {
            out.println("  [" + part + "] still running (" + Durations.format(TimeUnit.NANOSECONDS.toSeconds(now - started)) + ")");
            return now;
        }
        return lastNews;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
