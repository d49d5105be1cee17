package com.kugelpos.harness.report;

import com.kugelpos.harness.figures.ChaosScenario;
import com.kugelpos.harness.figures.ContractPair;
import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.figures.GatlingAssertion;
import com.kugelpos.harness.figures.JmhRow;
import com.kugelpos.harness.figures.LatencyRow;
import com.kugelpos.harness.figures.MatrixRow;
import com.kugelpos.harness.figures.ReleaseFigures;
import com.kugelpos.harness.history.GateFinding;
import java.util.List;
import java.util.Map;

/** The release page's figure sections: matrix, soak, Gatling, JMH, contracts, trends and timelines. */
final class FigureSections {

    private static final String CHAOS_PAGE = "chaos-tests/target/chaos-report/index.html";

    private final Hrefs hrefs;
    private final Trends trends;

    FigureSections(Hrefs hrefs, Trends trends) {
        this.hrefs = hrefs;
        this.trends = trends;
    }

    String matrix(ReleaseFigures figures) {
        StringBuilder out = open("matrix", "Resiliency matrix: service × fault → expected → observed → proving test");
        if (figures.chaos().scenarios().isEmpty()) {
            return out.append(missing("The chaos part did not run.")).append("</section>\n").toString();
        }
        out.append("<table class=\"matrix\"><colgroup><col style=\"width:8%\"><col style=\"width:15%\"><col style=\"width:20%\">")
                .append("<col style=\"width:29%\"><col style=\"width:21%\"><col style=\"width:7%\"></colgroup>\n")
                .append("<tr><th>Service</th><th>Fault</th><th>Expected</th><th>Observed (chaos report)</th><th>Proving test</th>")
                .append("<th>Result</th></tr>\n");
        for (MatrixRow row : figures.matrix()) {
            boolean failed = row.result() == MatrixRow.Result.FAILED;
            out.append("<tr").append(failed ? " class=\"ko\"" : "").append("><td>").append(Html.escape(row.expectation().service()))
                    .append("</td><td>").append(Html.escape(row.expectation().fault())).append("</td><td>")
                    .append(Html.escape(row.expectation().expected())).append("</td><td>").append(Html.escape(row.observed()))
                    .append("</td><td class=\"test\"><code>").append(Html.escape(row.expectation().testClass())).append(".<wbr>")
                    .append(Html.escape(row.expectation().testMethod())).append("</code></td><td>")
                    .append(switch (row.result()) {
                        case PASSED -> "<span class=\"badge pass\">PASS</span>";
                        case FAILED -> "<span class=\"badge fail\">FAIL</span>";
                        case NOT_RUN -> "<span class=\"badge not_run\">NOT RUN</span>";
                    }).append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    String soak(ReleaseFigures figures) {
        StringBuilder out = open("soak", "Soak under random mixed faults");
        ChaosScenario soak = figures.chaos().soak().orElse(null);
        if (soak == null) {
            return out.append(missing("The soak did not run (chaos part not selected).")).append("</section>\n").toString();
        }
        out.append("<p>").append(soak.passed() ? "<span class=\"badge pass\">PASS</span>" : "<span class=\"badge fail\">FAIL</span>")
                .append(" thresholds: every call ends by its deadline (0 hung), 0 journals stored twice, 0 connections in use and no")
                .append(" client I/O thread left after close.</p>\n<table><tr><th>Figure</th><th>This run</th><th>Last run</th>")
                .append("<th>Trend</th></tr>\n");
        for (Map.Entry<String, Object> figure : soak.figures().entrySet()) {
            String name = "soak." + figure.getKey();
            out.append("<tr><td>").append(Html.escape(figure.getKey())).append("</td><td>").append(Html.escape(text(figure.getValue())))
                    .append("</td><td>").append(figure.getValue() instanceof Number ? GateFinding.number(trends.previous(name)) : "")
                    .append("</td><td>").append(figure.getValue() instanceof Number ? TrendChart.sparkline(trends.values(name)) : "")
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    String gatling(ReleaseFigures figures) {
        StringBuilder out = open("gatling", "Gatling: client-side latency and throughput per request against the assertions");
        if (figures.latency().rows().isEmpty()) {
            return out.append(missing("The perf part did not run, or wrote no latency logs.")).append("</section>\n").toString();
        }
        out.append("<p class=\"meta\">Percentiles from the HdrHistogram latency logs of ").append(figures.latency().logs())
                .append(" runs on the injectors ").append(Html.escape(String.join(", ", figures.latency().injectors())))
                .append(", merged; assertions from Gatling's reports.</p>\n<table><tr><th>Simulation</th><th>Request</th><th>Count</th>")
                .append("<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>p99 last run</th><th>Max ms</th><th>req/s</th>")
                .append("<th>Assertions (Gatling)</th><th>p99 trend</th></tr>\n");
        for (LatencyRow row : figures.latency().rows()) {
            String prefix = "gatling." + row.simulation() + "." + row.request() + ".";
            List<GatlingAssertion> mine = figures.assertions().stream()
                    .filter(a -> a.of(row.simulation()) && a.subject().equals(row.request())).toList();
            boolean ko = mine.stream().anyMatch(a -> !a.ok());
            out.append("<tr").append(ko ? " class=\"ko\"" : "").append("><td>").append(Html.escape(row.simulation())).append("</td><td>")
                    .append(Html.escape(row.request())).append("</td>").append(num(row.count())).append(num(row.p50()))
                    .append(num(row.p95())).append(num(row.p99())).append(num(trends.previous(prefix + "p99"))).append(num(row.max()))
                    .append(num(row.perSecond())).append("<td>");
            for (GatlingAssertion a : mine) {
                out.append(a.ok() ? "<span class=\"ok\">✔ " : "<span class=\"bad\">✘ ")
                        .append(Html.escape(a.text().substring(a.subject().length() + 2))).append("</span><br>");
            }
            out.append(mine.isEmpty() ? "<span class=\"missing\">none</span>" : "").append("</td><td>")
                    .append(TrendChart.sparkline(trends.values(prefix + "p99"))).append("</td></tr>\n");
        }
        List<GatlingAssertion> global = figures.assertions().stream()
                .filter(a -> figures.latency().rows().stream().noneMatch(r -> a.of(r.simulation()) && a.subject().equals(r.request())))
                .toList();
        if (!global.isEmpty()) {
            out.append("<tr><td colspan=\"11\"><b>Other assertions:</b> ");
            for (GatlingAssertion a : global) {
                out.append(a.ok() ? "<span class=\"ok\">✔ " : "<span class=\"bad\">✘ ").append(Html.escape(a.simulation()))
                        .append(": ").append(Html.escape(a.text())).append("</span>; ");
            }
            out.append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    String jmh(ReleaseFigures figures) {
        StringBuilder out = open("jmh", "JMH: calls per second per client, ns/op and B/op");
        if (figures.jmh().isEmpty()) {
            return out.append(missing("JMH did not run (perf part not selected).")).append("</section>\n").toString();
        }
        out.append("<p class=\"meta\">Smoke length (one 100 ms iteration per case): the numbers show trends, not capacity.</p>\n")
                .append("<table><tr><th>Case</th><th>Score</th><th>Unit</th><th>Last run</th><th>B/op</th><th>Trend</th></tr>\n");
        for (JmhRow row : figures.jmh()) {
            String name = "jmh." + row.label() + "." + (row.mode().equals("thrpt") ? "ops/s" : "ns/op");
            out.append("<tr><td>").append(Html.escape(row.label())).append("</td>").append(num(row.score())).append("<td>")
                    .append(Html.escape(row.unit())).append("</td>").append(num(trends.previous(name))).append(num(row.bytesPerOp()))
                    .append("<td>").append(TrendChart.sparkline(trends.values(name))).append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    String contracts(ReleaseFigures figures) {
        StringBuilder out = open("contracts", "Contracts per consumer → provider pair");
        if (figures.contracts().isEmpty()) {
            return out.append(missing("The contracts part did not run.")).append("</section>\n").toString();
        }
        out.append("<table><tr><th>Consumer</th><th>Provider</th><th>Interactions</th><th>Consumer test</th>")
                .append("<th>Provider verification (all its pacts)</th></tr>\n");
        for (ContractPair pair : figures.contracts()) {
            boolean ok = pair.consumerPassed() && pair.providerPassed();
            out.append("<tr").append(ok ? "" : " class=\"ko\"").append("><td>").append(Html.escape(pair.consumer())).append("</td><td>")
                    .append(Html.escape(pair.provider())).append("</td>").append(num(pair.interactions())).append("<td>")
                    .append(Html.escape(pair.consumerTests())).append("</td><td>").append(Html.escape(pair.providerTests()))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    String trends(ReleaseFigures figures) {
        StringBuilder out = open("trends", "Trends of the last " + trends.size() + (trends.size() == 1 ? " run" : " runs"));
        out.append("<div class=\"trends\">\n")
                .append(TrendChart.chart("Release check duration", trends.values("check.seconds"), "s"))
                .append(TrendChart.chart("Tests passed", trends.values("check.tests passed"), ""));
        for (Figure figure : figures.figures()) {
            if (figure.name().startsWith("gatling.PoolingSimulation.add item.") && !figure.name().endsWith("p50")
                    || figure.name().equals("soak.calls")) {
                out.append(TrendChart.chart(figure.name(), trends.values(figure.name()), figure.unit()));
            }
        }
        figures.figures().stream().filter(f -> f.name().startsWith("jmh.") && f.name().endsWith("ops/s")).limit(2)
                .forEach(f -> out.append(TrendChart.chart(f.name(), trends.values(f.name()), f.unit())));
        return out.append("</div>\n</section>\n").toString();
    }

    String timelines(ReleaseFigures figures) {
        StringBuilder out = open("timelines", "Breaker timelines per scenario");
        List<ChaosScenario> scenarios = figures.chaos().scenarios();
        if (scenarios.isEmpty()) {
            return out.append(missing("The chaos part did not run.")).append("</section>\n").toString();
        }
        out.append("<p>Each scenario's attempts, retries, faults and breaker states on one time line: <a href=\"")
                .append(hrefs.to(CHAOS_PAGE)).append("\">chaos report</a>.</p>\n<table><tr><th>Scenario</th><th>Result</th>")
                .append("<th>Duration s</th><th>Breaker transitions</th></tr>\n");
        for (int i = 0; i < scenarios.size(); i++) {
            ChaosScenario s = scenarios.get(i);
            out.append("<tr").append(s.passed() ? "" : " class=\"ko\"").append("><td><a href=\"").append(hrefs.to(CHAOS_PAGE))
                    .append("#s").append(i).append("\">").append(Html.escape(s.name())).append("</a></td><td>")
                    .append(s.passed() ? "<span class=\"badge pass\">PASS</span>" : "<span class=\"badge fail\">FAIL</span>")
                    .append("</td>").append(num(s.durationMillis() / 1000.0)).append("<td>");
            s.transitions().forEach((service, list) -> out.append(Html.escape(service)).append(": ")
                    .append(Html.escape(String.join(" → ", list))).append("<br>"));
            out.append(s.transitions().isEmpty() ? "<span class=\"missing\">none</span>" : "").append("</td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    /** A soak figure whose label starts with {@code prefix} (labels carry their units), or "–". */
    static String soakFigure(ChaosScenario soak, String prefix) {
        return soak.figures().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .map(e -> text(e.getValue())).orElse("–");
    }

    private static String text(Object value) {
        if (value instanceof Number n) {
            return GateFinding.number(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join(", ", map.entrySet().stream().map(e -> e.getKey() + " " + text(e.getValue())).toList());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(FigureSections::text).toList());
        }
        return String.valueOf(value);
    }

    private static StringBuilder open(String id, String title) {
        return new StringBuilder().append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>\n");
    }

    private static String missing(String text) {
        return "<p class=\"missing\">" + Html.escape(text) + "</p>\n";
    }

    private static String num(double value) {
        return "<td class=\"num\">" + GateFinding.number(value) + "</td>";
    }
}
