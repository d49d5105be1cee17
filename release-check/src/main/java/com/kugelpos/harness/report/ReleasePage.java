package com.kugelpos.harness.report;

import com.kugelpos.harness.figures.ChaosScenario;
import com.kugelpos.harness.figures.GatlingAssertion;
import com.kugelpos.harness.figures.MatrixRow;
import com.kugelpos.harness.figures.ReleaseFigures;
import com.kugelpos.harness.history.GateFinding;
import com.kugelpos.harness.history.GateResult;
import com.kugelpos.harness.history.RegressionGate;
import com.kugelpos.harness.history.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * The release page, {@code target/harness-report/index.html}: one static page with inline CSS and
 * SVG that answers "can we release?" at the top (the verdict and the headline figures, each beside
 * its threshold and its last value), then the gate, the resiliency matrix, the soak, Gatling, JMH,
 * the contracts, the trends of the last runs, the breaker timelines and the parts' details. Every
 * section has an id the browser test looks for: {@link #SECTIONS}.
 */
public final class ReleasePage {

    /** The ids of the page's sections, in page order. */
    public static final List<String> SECTIONS = List.of("verdict", "headline", "gate", "matrix", "soak", "gatling", "jmh",
            "contracts", "trends", "timelines", "parts");

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.2em auto; max-width: 78em;
                   color: #1d2430; padding: 0 1em; }
            h1 { font-size: 1.3em; margin: 0 0 .3em; color: #3a4350; }
            h2 { font-size: 1.15em; margin: 1.4em 0 .4em; }
            .verdict { font-size: 2em; font-weight: 800; padding: .45em .8em; border-radius: .3em; margin: .3em 0 .5em; }
            .verdict small { display: block; font-size: .45em; font-weight: 500; margin-top: .3em; }
            .verdict.pass { background: #e3f5e6; color: #14632a; border: 3px solid #2e9e4f; }
            .verdict.fail { background: #fde7e7; color: #8a1414; border: 3px solid #d03b3b; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: .6em; }
            .card { border: 1px solid #dde2e8; border-left: 6px solid #2e9e4f; border-radius: .3em; padding: .5em .7em; }
            .card.ko { border-left-color: #d03b3b; background: #fff6f6; } .card.na { border-left-color: #8a94a3; }
            .card .label { color: #56606e; font-size: .85em; } .card .value { font-size: 1.3em; font-weight: 700; }
            .card .ref { color: #56606e; font-size: .8em; }
            .meta { color: #56606e; margin: .2em 0; font-size: .9em; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .92em; }
            th, td { text-align: left; padding: .3em .5em; border-bottom: 1px solid #dde2e8; vertical-align: top; }
            th { background: #f2f4f7; } td.test { font-size: .8em; overflow-wrap: anywhere; } table.matrix { table-layout: fixed; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .badge { display: inline-block; padding: .1em .45em; border-radius: .3em; font-size: .8em; font-weight: 700;
                     color: #fff; vertical-align: middle; }
            .badge.pass { background: #2e9e4f; } .badge.fail { background: #d03b3b; }
            .badge.not_available, .badge.not_run { background: #8a94a3; }
            tr.ko td { background: #fdf0f0; } .ok { color: #14632a; } .bad { color: #8a1414; font-weight: 700; }
            .missing { color: #8a94a3; } .reason { margin-top: 0; color: #3a4350; }
            dl { display: grid; grid-template-columns: 8em 1fr; gap: .2em .8em; }
            dt { color: #56606e; } dd { margin: 0; font-family: ui-monospace, monospace; font-size: .9em; }
            section { border-top: 1px solid #dde2e8; margin-top: 1.2em; }
            ul.failed li { color: #8a1414; } code { font-size: .9em; }
            .trends { display: flex; flex-wrap: wrap; gap: 1em; } figure.trend { margin: 0; }
            figcaption { font-size: .85em; color: #3a4350; margin-bottom: .2em; }
            svg text.axis { font-size: 10px; fill: #56606e; }
            """;

    private final Hrefs hrefs;
    private final PartSection sections;

    /** A page in {@code reportDir} linking to files under {@code root}. */
    public ReleasePage(Path root, Path reportDir) {
        this.hrefs = new Hrefs(root, reportDir);
        this.sections = new PartSection(hrefs);
    }

    /**
     * The whole page.
     *
     * @param history the last runs, this run last
     * @param passed  the final verdict (parts and gate)
     */
    public String render(ReleaseCheck check, ReleaseFigures figures, GateResult gate, List<RunSummary> history,
                         Path historyDir, boolean passed) {
        Trends trends = new Trends(history);
        FigureSections figureSections = new FigureSections(hrefs, trends);
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Release check: ").append(passed ? "PASSED" : "FAILED").append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Kugelpos HTTP client — can we release?</h1>\n");
        verdict(out, check, gate, passed);
        headline(out, check, figures, gate, trends);
        gate(out, gate, historyDir);
        out.append(figureSections.matrix(figures));
        out.append(figureSections.soak(figures));
        out.append(figureSections.gatling(figures));
        out.append(figureSections.jmh(figures));
        out.append(figureSections.contracts(figures));
        out.append(figureSections.trends(figures));
        out.append(figureSections.timelines(figures));
        parts(out, check);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void verdict(StringBuilder out, ReleaseCheck check, GateResult gate, boolean passed) {
        String why;
        if (check.verdict() != Verdict.PASS) {
            why = (check.parts().size() - check.passedParts()) + " of " + check.parts().size() + " parts did not pass: "
                    + String.join("; ", check.parts().stream().filter(p -> p.verdict() != Verdict.PASS)
                            .map(p -> p.run().name() + " — " + p.reason()).toList());
        } else if (!gate.passed()) {
            why = gate.regressions().size() + " figures regressed past their margin (see the regression gate)";
        } else {
            why = "all " + check.parts().size() + " parts passed, tests " + check.totals().describe() + "; "
                    + (gate.judged() ? "no figure regressed" : "regression gate still collecting history");
        }
        CheckRun run = check.run();
        out.append("<div id=\"verdict\" class=\"verdict ").append(passed ? "pass" : "fail").append("\">")
                .append(passed ? "YES — release check PASSED" : "NO — release check FAILED")
                .append("<small>").append(Html.escape(why)).append("</small></div>\n")
                .append("<p class=\"meta\">Started ").append(Html.escape(run.started())).append(", took ")
                .append(Durations.format(run.seconds()));
        if (!run.commit().isBlank()) {
            out.append(", commit <code>").append(Html.escape(run.commit())).append("</code>");
        }
        out.append(", command <code>").append(Html.escape(run.command())).append("</code></p>\n");
    }

    private static void headline(StringBuilder out, ReleaseCheck check, ReleaseFigures figures, GateResult gate, Trends trends) {
        out.append("<div id=\"headline\" class=\"cards\">\n");
        TestCounts totals = check.totals();
        card(out, "Tests", totals.passed() + " passed, " + totals.failed() + " failed", "threshold: 0 failed",
                last(trends, "check.tests passed", " passed"), totals.failed() == 0 && totals.tests() > 0 ? "" : "ko");
        long proven = figures.matrix().stream().filter(r -> r.result() == MatrixRow.Result.PASSED).count();
        card(out, "Resiliency matrix", proven + " of " + figures.matrix().size() + " behaviours proven",
                "threshold: all", last(trends, "matrix.proven", " proven"), proven == figures.matrix().size() ? "" : proven == 0 ? "na" : "ko");
        ChaosScenario soak = figures.chaos().soak().orElse(null);
        if (soak == null) {
            card(out, "Soak", "not run", "threshold: 0 hung, 0 duplicates", "", "na");
        } else {
            card(out, "Soak", number(soak.figures().get("calls")) + " calls", "hung " + FigureSections.soakFigure(soak, "hung")
                    + ", duplicates " + number(soak.figures().get("journals stored twice")) + " (threshold 0, 0)",
                    last(trends, "soak.calls", " calls"), soak.passed() ? "" : "ko");
        }
        List<GatlingAssertion> assertions = figures.assertions();
        long held = assertions.stream().filter(GatlingAssertion::ok).count();
        card(out, "Gatling assertions", assertions.isEmpty() ? "not run" : held + " of " + assertions.size() + " held",
                "threshold: all", figures.latency().rows().isEmpty() ? ""
                        : "add item p99 " + GateFinding.number(trends.values("gatling.PoolingSimulation.add item.p99")
                                .get(trends.size() - 1)) + " ms " + last(trends, "gatling.PoolingSimulation.add item.p99", " ms"),
                assertions.isEmpty() ? "na" : held == assertions.size() ? "" : "ko");
        long verified = figures.contracts().stream().filter(p -> p.consumerPassed() && p.providerPassed()).count();
        card(out, "Contracts", figures.contracts().isEmpty() ? "not run" : verified + " of " + figures.contracts().size() + " pairs verified",
                "threshold: all", last(trends, "contracts.verified pairs", " verified"),
                figures.contracts().isEmpty() ? "na" : verified == figures.contracts().size() ? "" : "ko");
        card(out, "Regression gate", !gate.judged() ? "collecting history" : gate.passed() ? "no regression"
                        : gate.regressions().size() + " regressed",
                "median of the last " + RegressionGate.WINDOW + " runs (from " + RegressionGate.MIN_RUNS + " runs on)",
                gate.referenceRuns() + " earlier runs", !gate.judged() ? "na" : gate.passed() ? "" : "ko");
        out.append("</div>\n");
    }

    private static String last(Trends trends, String name, String suffix) {
        double previous = trends.previous(name);
        return "· last run: " + (Double.isNaN(previous) ? "–" : GateFinding.number(previous) + suffix);
    }

    private static String number(Object value) {
        return value instanceof Number n ? GateFinding.number(n.doubleValue()) : value == null ? "–" : String.valueOf(value);
    }

    private static void card(StringBuilder out, String label, String value, String threshold, String last, String kind) {
        out.append("<div class=\"card ").append(kind).append("\"><div class=\"label\">").append(Html.escape(label))
                .append("</div><div class=\"value\">").append(Html.escape(value)).append("</div><div class=\"ref\">")
                .append(Html.escape(threshold)).append(' ').append(Html.escape(last))
                .append("</div></div>\n");
    }

    private static void gate(StringBuilder out, GateResult gate, Path historyDir) {
        out.append("<section id=\"gate\"><h2>Regression gate</h2>\n<p>Each figure is compared with the <b>median</b> of the last ")
                .append(RegressionGate.WINDOW).append(" runs since the accepted baseline (not with a single run); it fails when it moves the")
                .append(" wrong way by more than its margin: Gatling percentiles +50 % and +25 ms, Gatling throughput −30 %,")
                .append(" JMH scores −50 % (smoke iterations), JMH allocation +25 % and +64 B. History: <code>")
                .append(Html.escape(historyDir.toString())).append("</code>.</p>\n");
        if (!gate.judged()) {
            out.append("<p class=\"missing\">Collecting history: ").append(gate.referenceRuns())
                    .append(" earlier runs; a figure is judged once ").append(RegressionGate.MIN_RUNS)
                    .append(" earlier runs have it.</p>\n</section>\n");
            return;
        }
        if (!gate.passed()) {
            out.append("<p class=\"bad\">").append(gate.regressions().size()).append(" figures regressed. If the change is intended,")
                    .append(" accept this run as the new baseline: <code>./harness --accept-baseline --history ")
                    .append(Html.escape(historyDir.toString())).append("</code></p>\n");
        }
        out.append("<table><tr><th>Figure</th><th>This run</th><th>Median</th><th>Change</th><th>Allowed</th><th>Result</th></tr>\n");
        List<GateFinding> ordered = gate.findings().stream().sorted((a, b) -> Boolean.compare(b.regressed(), a.regressed())).toList();
        for (GateFinding f : ordered) {
            out.append("<tr").append(f.regressed() ? " class=\"ko\"" : "").append("><td>").append(Html.escape(f.figure().name()))
                    .append("</td><td class=\"num\">").append(GateFinding.number(f.figure().value())).append(' ')
                    .append(Html.escape(f.figure().unit())).append("</td><td class=\"num\">").append(GateFinding.number(f.median()))
                    .append("</td><td class=\"num\">").append(f.change()).append("</td><td>")
                    .append(Html.escape(f.margin().describe(f.figure().unit()))).append("</td><td>")
                    .append(f.regressed() ? "<span class=\"bad\">REGRESSED</span>" : "<span class=\"ok\">ok</span>")
                    .append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private void parts(StringBuilder out, ReleaseCheck check) {
        out.append("<section id=\"parts\"><h2>Parts</h2>\n<table class=\"summary\">\n<tr><th>Part</th><th>Result</th><th>Tests</th>")
                .append("<th>Duration</th><th>Reports</th></tr>\n");
        for (PartOutcome part : check.parts()) {
            PartRun run = part.run();
            out.append("<tr><td><a href=\"#part-").append(Html.escape(run.name())).append("\">").append(Html.escape(run.title()))
                    .append("</a></td><td>").append(PartSection.badge(part.verdict())).append("</td><td>")
                    .append(Html.escape(part.reason())).append("</td><td>")
                    .append(run.state() == RunState.RAN ? Durations.format(run.seconds()) : "–").append("</td><td>");
            for (ResolvedLink link : part.links()) {
                if (!link.found().isEmpty()) {
                    out.append("<a href=\"").append(hrefs.to(link.found().get(0))).append("\">")
                            .append(Html.escape(link.spec().label())).append("</a>")
                            .append(link.found().size() > 1 ? " (" + link.found().size() + ")" : "").append("<br>");
                }
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
        for (PartOutcome part : check.parts()) {
            out.append(sections.render(part));
        }
        out.append("</section>\n");
    }
}
