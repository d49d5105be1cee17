package com.kugelpos.chaos.report;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The chaos report as one self-contained HTML page (no scripts, no external resources). */
final class ReportPage {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:24px;color:#212121;max-width:1300px}
            h1{margin:0 0 4px}h2{margin:28px 0 6px;font-size:18px}
            .meta{color:#616161;margin-bottom:14px}
            .badge{display:inline-block;padding:1px 8px;border-radius:9px;color:#fff;font-size:12px;margin-right:6px}
            .pass{background:#2e7d32}.fail{background:#c62828}
            .legend span{display:inline-block;margin:0 14px 4px 0;font-size:13px}
            .swatch{display:inline-block;width:11px;height:11px;border-radius:6px;margin-right:4px;vertical-align:-1px}
            .band{border-radius:2px}
            .summary{font-size:13px;margin:4px 0 6px}
            .failure{color:#c62828;font-family:monospace;font-size:12px;white-space:pre-wrap}
            table.figures{border-collapse:collapse;font-size:13px;margin:6px 0}
            table.figures td{border:1px solid #ddd;padding:2px 10px}
            ul.toc{columns:2;font-size:13px}
            section{border-top:1px solid #e0e0e0}
            """;

    private final Instant started;
    private final List<ScenarioTimeline> scenarios;

    ReportPage(Instant started, List<ScenarioTimeline> scenarios) {
        this.started = started;
        this.scenarios = scenarios;
    }

    String render() {
        long failed = scenarios.stream().filter(s -> s.failure() != null).count();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Kugelpos chaos report</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Kugelpos chaos report</h1>\n<div class=\"meta\">Run started ").append(started)
                .append(" · ").append(scenarios.size()).append(" scenarios · ")
                .append(badge(failed == 0, (scenarios.size() - failed) + " passed"))
                .append(failed == 0 ? "" : badge(false, failed + " failed")).append("</div>\n");
        legend(html);
        html.append("<ul class=\"toc\">");
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioTimeline s = scenarios.get(i);
            html.append("<li>").append(badge(s.failure() == null, s.failure() == null ? "pass" : "fail"))
                    .append("<a href=\"#s").append(i).append("\">").append(Svg.escape(s.name())).append("</a></li>");
        }
        html.append("</ul>\n");
        for (int i = 0; i < scenarios.size(); i++) {
            section(html, i, scenarios.get(i));
        }
        return html.append("</body></html>\n").toString();
    }

    private static void legend(StringBuilder html) {
        html.append("<div class=\"legend\"><b>Attempts</b> (bar = start to end, dot = outcome): ");
        Outcomes.ATTEMPT_COLOURS.forEach((outcome, colour) -> html.append(swatch(colour, "", outcome)));
        html.append("<br><b>Call ends</b>: ").append(swatch(Outcomes.colour(TimelineEvent.OK), "", "succeeded"))
                .append(swatch(Outcomes.CALL_FAILED, "", "failed after its attempts (×)"))
                .append(swatch(Outcomes.FAIL_FAST, "", "failed fast, breaker open, nothing sent (×)"))
                .append("<br><b>Breaker</b> (step line): ");
        for (String state : new String[] {"CLOSED", "HALF_OPEN", "OPEN"}) {
            html.append(swatch(Outcomes.stateBackground(state), " band", state));
        }
        html.append(" · <span style=\"color:#b71c1c\">┆ red dashed line = fault switched (Toxiproxy)</span>")
                .append(" · dashed grey line = backoff before a retry · grey bands = phases</div>\n");
    }

    private static void section(StringBuilder html, int index, ScenarioTimeline scenario) {
        List<TimelineEvent> events = scenario.events();
        boolean passed = scenario.failure() == null;
        html.append("<section id=\"s").append(index).append("\"><h2>").append(badge(passed, passed ? "pass" : "fail"))
                .append(Svg.escape(scenario.name())).append("</h2>\n<div class=\"summary\">")
                .append(Svg.escape(summary(scenario, events))).append("</div>\n");
        if (!passed) {
            html.append("<div class=\"failure\">").append(Svg.escape(scenario.failure())).append("</div>\n");
        }
        Map<String, Object> figures = scenario.figures();
        if (!figures.isEmpty()) {
            html.append("<table class=\"figures\">");
            figures.forEach((label, value) -> html.append("<tr><td>").append(Svg.escape(label)).append("</td><td>")
                    .append(Svg.escape(String.valueOf(value))).append("</td></tr>"));
            html.append("</table>\n");
        }
        html.append(new TimelineChart(events, scenario.durationMillis()).render()).append("</section>\n");
    }

    private static String summary(ScenarioTimeline scenario, List<TimelineEvent> events) {
        List<TimelineEvent> calls = events.stream().filter(e -> e.kind() == Kind.CALL).toList();
        long ok = calls.stream().filter(c -> TimelineEvent.OK.equals(c.label())).count();
        long failFast = calls.stream().filter(Outcomes::isFailFast).count();
        long attempts = events.stream().filter(e -> e.kind() == Kind.ATTEMPT).count();
        long retries = events.stream().filter(e -> e.kind() == Kind.RETRY).count();
        List<String> transitions = events.stream().filter(e -> e.kind() == Kind.BREAKER)
                .map(e -> e.service() + " " + e.label().replace(">", "→")).toList();
        return String.format(Locale.ROOT, "%.2f s · calls %d (ok %d, failed %d, of which fail-fast %d) · attempts %d · retries %d"
                        + " · breaker: %s%s",
                scenario.durationMillis() / 1000, calls.size(), ok, calls.size() - ok, failFast, attempts, retries,
                transitions.isEmpty() ? "stayed CLOSED" : shorten(transitions),
                scenario.eventsNotKept() == 0 ? "" : " · " + scenario.eventsNotKept() + " events not kept");
    }

    private static String shorten(List<String> transitions) {
        if (transitions.size() <= 6) {
            return String.join(", ", transitions);
        }
        return String.join(", ", transitions.subList(0, 5)) + ", … (" + transitions.size() + " transitions)";
    }

    private static String badge(boolean pass, String text) {
        return "<span class=\"badge " + (pass ? "pass" : "fail") + "\">" + Svg.escape(text) + "</span>";
    }

    private static String swatch(String colour, String extraClass, String label) {
        return "<span><i class=\"swatch" + extraClass + "\" style=\"background:" + colour + "\"></i>"
                + Svg.escape(label) + "</span>";
    }
}
