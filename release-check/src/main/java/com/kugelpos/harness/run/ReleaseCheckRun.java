package com.kugelpos.harness.run;

import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.figures.ReleaseFigures;
import com.kugelpos.harness.history.GateFinding;
import com.kugelpos.harness.history.GateResult;
import com.kugelpos.harness.history.History;
import com.kugelpos.harness.history.RegressionGate;
import com.kugelpos.harness.history.RunSummary;
import com.kugelpos.harness.report.CheckRun;
import com.kugelpos.harness.report.ConsoleSummary;
import com.kugelpos.harness.report.Durations;
import com.kugelpos.harness.report.PartOutcome;
import com.kugelpos.harness.report.PartRun;
import com.kugelpos.harness.report.ReleaseCheck;
import com.kugelpos.harness.report.ReleasePage;
import com.kugelpos.harness.report.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One release check: the build, the selected parts, their figures, the run history and the gate,
 * and the page {@code target/harness-report/index.html}.
 */
public final class ReleaseCheckRun {

    /** Exit status of a passed check. */
    public static final int PASSED = 0;
    /** Exit status of a failed check (a part failed or a figure regressed). */
    public static final int FAILED = 1;
    /** Exit status when the check could not run (bad options, tools or files missing). */
    public static final int BROKEN = 2;

    /** How many runs the page's trends show. */
    public static final int TREND_RUNS = 10;

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final PrintStream out;

    /** A check of the repository at {@code root}, printing progress to {@code out}. */
    public ReleaseCheckRun(Path root, PrintStream out) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out;
    }

    /** Runs the check the options ask for and returns the exit status. */
    public int run(Options options, String commandLine, String commit) throws IOException, InterruptedException {
        if (options.help()) {
            out.print(Usage.TEXT);
            return PASSED;
        }
        History history = new History(root.resolve(options.historyDir()));
        if (options.acceptBaseline()) {
            return acceptBaseline(history);
        }
        Path reportDir = root.resolve("target/harness-report");
        Instant started = Instant.now();
        out.println("harness: release check of " + String.join(" ", options.parts().stream().map(Part::name).toList())
                + " (Java " + System.getProperty("java.version") + "; history " + history.folder() + ")");
        PartRunner runner = new PartRunner(root, reportDir.resolve("logs"), out);
        List<PartRun> runs = new ArrayList<>();
        boolean buildFailed = false;
        if (options.build()) {
            PartRun build = runner.build(options.parts());
            runs.add(build);
            buildFailed = build.exitCode() != 0;
        }
        Path latencyJson = reportDir.resolve("latency.json");
        Files.deleteIfExists(latencyJson);
        for (Part part : options.parts()) {
            if (buildFailed || !runner.canRun(part)) {
                runs.add(runner.skipped(part, buildFailed));
                continue;
            }
            runs.add(runner.run(part, options.providerUrls()));
            if (part == Parts.PERF) {
                runner.mergeLatencies(options.latencyLogs(), latencyJson);
            }
        }
        boolean deployable = new DeployQuestions(root, out).allDeployable(options.deployment());
        long seconds = started.until(Instant.now(), ChronoUnit.SECONDS);
        ReleaseCheck check = ReleaseCheck.evaluate(new CheckRun(started.truncatedTo(ChronoUnit.SECONDS).toString(), seconds,
                commandLine, commit), runs, root);
        ReleaseFigures figures = ReleaseFigures.read(root, latencyJson, check.parts());
        RunSummary summary = summary(started, commit, check, figures);
        GateResult gate = RegressionGate.judge(summary.figures(), history.reference(RegressionGate.WINDOW));
        history.add(summary);
        boolean passed = check.verdict() == Verdict.PASS && gate.passed() && deployable;
        String page = new ReleasePage(root, reportDir).render(check, figures, gate, history.last(TREND_RUNS),
                history.folder(), passed);
        Files.createDirectories(reportDir);
        Files.writeString(reportDir.resolve("index.html"), page, StandardCharsets.UTF_8);
        out.print(ConsoleSummary.render(check, root.relativize(reportDir.resolve("index.html")).toString()));
        printGate(gate, history);
        out.println("harness: release check " + (passed ? "PASSED" : "FAILED") + " in " + Durations.format(seconds));
        return passed ? PASSED : FAILED;
    }

    private int acceptBaseline(History history) {
        return history.acceptLatest().map(id -> {
            out.println("harness: run " + id + " in " + history.folder() + " is now the baseline of the regression gate;"
                    + " later runs are compared with the median of it and the runs after it");
            return PASSED;
        }).orElseGet(() -> {
            out.println("harness: the history " + history.folder() + " has no run to accept as the baseline;"
                    + " run the release check first");
            return BROKEN;
        });
    }

    private void printGate(GateResult gate, History history) {
        if (!gate.judged()) {
            out.println("Regression gate: collecting history (" + gate.referenceRuns() + " earlier runs; figures are judged"
                    + " from " + RegressionGate.MIN_RUNS + " on)");
            return;
        }
        if (gate.passed()) {
            out.println("Regression gate: passed (" + gate.findings().size() + " figures within their margins of the median)");
            return;
        }
        out.println("Regression gate: FAILED, " + gate.regressions().size() + " figures regressed:");
        for (GateFinding finding : gate.regressions()) {
            out.println("  " + finding.describe());
        }
        out.println("  If the change is intended, accept this run as the new baseline: ./harness --accept-baseline --history "
                + history.folder());
    }

    private static RunSummary summary(Instant started, String commit, ReleaseCheck check, ReleaseFigures figures) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (PartOutcome part : check.parts()) {
            parts.put(part.run().name(), part.verdict().name());
        }
        List<Figure> all = new ArrayList<>(figures.figures());
        all.add(new Figure("check.seconds", check.run().seconds(), "s", Figure.Better.NEITHER));
        all.add(new Figure("check.tests passed", check.totals().passed(), "", Figure.Better.NEITHER));
        all.add(new Figure("check.tests failed", check.totals().failed(), "", Figure.Better.NEITHER));
        return new RunSummary(RUN_ID.format(started), started.truncatedTo(ChronoUnit.SECONDS).toString(), commit,
                check.verdict().name(), check.run().seconds(), parts, all);
    }
}
