package com.kugelpos.harness.run;

import com.kugelpos.harness.figures.ReleaseFigures;
import com.kugelpos.harness.report.Durations;
import com.kugelpos.harness.report.LinkSpec;
import com.kugelpos.harness.report.PartRun;
import com.kugelpos.harness.report.RunState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Builds what the selected parts need and runs each part as its own Maven process. */
final class PartRunner {

    private static final String LATENCY_MERGE = "com.kugelpos.perf.latency.MergeLatencyLogs";

    private final Path root;
    private final Path logDir;
    private final PrintStream out;
    private final MavenProcess maven;

    PartRunner(Path root, Path logDir, PrintStream out) {
        this.root = root;
        this.logDir = logDir;
        this.out = out;
        this.maven = new MavenProcess(root, out);
    }

    /** {@code mvn install -DskipTests} of release-check and the selected parts' modules with what they need. */
    PartRun build(List<Part> parts) throws IOException, InterruptedException {
        List<String> modules = new ArrayList<>(List.of("release-check"));
        parts.stream().map(Part::module).filter(this::inReactor).forEach(modules::add);
        List<String> command = MavenProcess.command(List.of("-pl", String.join(",", modules), "-am", "install", "-DskipTests"));
        long started = System.nanoTime();
        int code = maven.run("build", command, logDir.resolve("build.log"), null);
        long seconds = secondsSince(started);
        out.println(code == 0 ? "[build] done in " + Durations.format(seconds)
                : "[build] FAILED (exit " + code + "); the parts are not run");
        return new PartRun("build", "Build (mvn install -DskipTests)", "", RunState.RAN, String.join(" ", command), code,
                seconds, relative(logDir.resolve("build.log")), List.of(), false, "", "", List.of());
    }

    /** A part that cannot run: its module is missing, or the build failed. */
    PartRun skipped(Part part, boolean buildFailed) {
        if (!inReactor(part.module())) {
            out.println("[" + part.name() + "] not available: module " + part.module() + " is not in this checkout");
            return describe(part, RunState.NOT_AVAILABLE, "", 0, 0, "");
        }
        return describe(part, RunState.NOT_RUN, "", 0, 0, buildFailed ? "not run: the build failed (see "
                + relative(logDir.resolve("build.log")) + ")" : "not run");
    }

    /** Whether the part can run here. */
    boolean canRun(Part part) {
        return inReactor(part.module());
    }

    /** Runs one part after removing its earlier reports, so that the page never shows an earlier run. */
    PartRun run(Part part, List<ProviderUrl> urls) throws IOException, InterruptedException {
        removeStaleReports(part);
        List<String> args = new ArrayList<>(List.of("-pl", part.module()));
        args.addAll(part.mavenArgs());
        urls.forEach(url -> args.add(part.urlOption(url.service(), url.url())));
        List<String> command = MavenProcess.command(args);
        Path module = root.resolve(part.module());
        ReportWatch watch = new ReportWatch(part.name(), List.of(module.resolve("target/surefire-reports"),
                module.resolve("target/failsafe-reports")), part == Parts.PERF ? root.resolve(ReleaseFigures.GATLING_DIR) : null);
        long started = System.nanoTime();
        int code = maven.run(part.name(), command, logDir.resolve(part.name() + ".log"), watch);
        long seconds = secondsSince(started);
        out.println("[" + part.name() + "] Maven exit " + code + " after " + Durations.format(seconds));
        String targets = urls.isEmpty() ? "embedded reference services, started by the suites on 127.0.0.1"
                : "given by URL: " + String.join(" ", urls.stream().map(u -> u.service() + "=" + u.url()).toList())
                        + "; the other services embedded";
        return describe(part, RunState.RAN, String.join(" ", command), code, seconds, targets);
    }

    /**
     * Merges this run's HdrHistogram latency logs and those of other injectors into {@code output}
     * with perf-tests' merger (in its benchmarks jar).
     *
     * @return whether the merge succeeded
     */
    boolean mergeLatencies(List<Path> moreLogs, Path output) throws IOException, InterruptedException {
        Path jar = root.resolve("perf-tests/target/benchmarks.jar");
        if (!Files.isRegularFile(jar)) {
            out.println("[perf] cannot merge the latency logs: " + relative(jar) + " is missing (the build failed?)");
            return false;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), LATENCY_MERGE, output.toString(),
                root.resolve(ReleaseFigures.GATLING_DIR).resolve("latency").toString()));
        moreLogs.forEach(dir -> command.add(root.resolve(dir).toString()));
        Path log = logDir.resolve("latency-merge.log");
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int code = process.waitFor();
        out.println("[perf] " + Files.readString(log, StandardCharsets.UTF_8).strip());
        return code == 0;
    }

    private PartRun describe(Part part, RunState state, String command, int code, long seconds, String targetsOrNote) {
        boolean ran = state == RunState.RAN;
        return new PartRun(part.name(), part.title(), part.module(), state, command, code, seconds,
                ran ? relative(logDir.resolve(part.name() + ".log")) : "",
                List.of(part.module() + "/target/surefire-reports", part.module() + "/target/failsafe-reports"), true,
                ran ? targetsOrNote : "", ran ? "" : targetsOrNote, part.links());
    }

    private void removeStaleReports(Part part) throws IOException {
        Path target = root.resolve(part.module()).resolve("target");
        List<Path> stale = new ArrayList<>(List.of(target.resolve("surefire-reports"), target.resolve("failsafe-reports")));
        String prefix = part.module() + "/target/";
        for (LinkSpec link : part.links()) {
            if (link.pattern().startsWith(prefix)) {
                stale.add(target.resolve(link.pattern().substring(prefix.length()).split("/")[0]));
            }
        }
        for (Path path : stale) {
            deleteTree(path);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private boolean inReactor(String module) {
        try {
            return Files.isRegularFile(root.resolve(module).resolve("pom.xml"))
                    && Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8).contains("<module>" + module + "</module>");
        } catch (IOException e) {
            return false;
        }
    }

    private String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static long secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }
}
