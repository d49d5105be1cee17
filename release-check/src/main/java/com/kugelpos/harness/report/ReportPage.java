package com.kugelpos.harness.report;

/**
 * Renders the release check's report page: the overall verdict and a summary table of the parts
 * at the top (result, test counts, duration, report links), then one section per part.
 */
public final class ReportPage {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em;
                   color: #1d2430; padding: 0 1em; }
            h1 { font-size: 1.5em; margin-bottom: .2em; }
            .verdict { font-size: 1.6em; font-weight: 700; padding: .6em 1em; border-radius: .4em; margin: .6em 0; }
            .verdict.pass { background: #e3f5e6; color: #14632a; border: 2px solid #2e9e4f; }
            .verdict.fail { background: #fde7e7; color: #8a1414; border: 2px solid #d03b3b; }
            .meta { color: #56606e; margin: .2em 0; }
            table { border-collapse: collapse; width: 100%; margin: .8em 0; }
            th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid #dde2e8; vertical-align: top; }
            th { background: #f2f4f7; }
            .badge { display: inline-block; padding: .1em .5em; border-radius: .3em; font-size: .8em; font-weight: 700;
                     color: #fff; vertical-align: middle; }
            .badge.pass { background: #2e9e4f; } .badge.fail { background: #d03b3b; }
            .badge.not_available, .badge.not_run { background: #8a94a3; }
            tr.ko td { background: #fdf0f0; }
            .missing { color: #8a94a3; }
            .reason { margin-top: 0; color: #3a4350; }
            dl { display: grid; grid-template-columns: 8em 1fr; gap: .2em .8em; }
            dt { color: #56606e; } dd { margin: 0; font-family: ui-monospace, monospace; font-size: .9em; }
            section { border-top: 1px solid #dde2e8; margin-top: 1.6em; }
            ul.failed li { color: #8a1414; }
            """;

    private final Hrefs hrefs;
    private final PartSection sections;

    /** A page whose links are made relative by {@code hrefs}. */
    public ReportPage(Hrefs hrefs) {
        this.hrefs = hrefs;
        this.sections = new PartSection(hrefs);
    }

    /** The whole page. */
    public String render(ReleaseCheck check) {
        boolean passed = check.verdict() == Verdict.PASS;
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Release check: ").append(passed ? "PASSED" : "FAILED").append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Kugelpos HTTP client — release check</h1>\n")
                .append("<div class=\"verdict ").append(passed ? "pass" : "fail").append("\">")
                .append(passed ? "PASSED" : "FAILED").append(": ").append(check.passedParts()).append(" of ")
                .append(check.parts().size()).append(" parts passed; tests ")
                .append(Html.escape(check.totals().describe())).append("</div>\n");
        meta(out, check.run());
        summaryTable(out, check);
        for (PartOutcome part : check.parts()) {
            out.append(sections.render(part));
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void meta(StringBuilder out, CheckRun run) {
        out.append("<p class=\"meta\">Started ").append(Html.escape(run.started())).append(", took ")
                .append(Durations.format(run.seconds()));
        if (!run.commit().isBlank()) {
            out.append(", commit <code>").append(Html.escape(run.commit())).append("</code>");
        }
        out.append("</p>\n<p class=\"meta\">Command: <code>").append(Html.escape(run.command()))
                .append("</code></p>\n");
    }

    private void summaryTable(StringBuilder out, ReleaseCheck check) {
        out.append("<table class=\"summary\">\n<tr><th>Part</th><th>Result</th><th>Tests</th><th>Duration</th>"
                + "<th>Reports</th></tr>\n");
        for (PartOutcome part : check.parts()) {
            PartRun run = part.run();
            out.append("<tr><td><a href=\"#part-").append(Html.escape(run.name())).append("\">")
                    .append(Html.escape(run.title())).append("</a></td><td>").append(PartSection.badge(part.verdict()))
                    .append("</td><td>").append(Html.escape(part.reason())).append("</td><td>")
                    .append(run.state() == RunState.RAN ? Durations.format(run.seconds()) : "–")
                    .append("</td><td>");
            for (ResolvedLink link : part.links()) {
                if (!link.found().isEmpty()) {
                    out.append("<a href=\"").append(hrefs.to(link.found().get(0))).append("\">")
                            .append(Html.escape(link.spec().label())).append("</a>");
                    if (link.found().size() > 1) {
                        out.append(" (").append(link.found().size()).append(')');
                    }
                    out.append("<br>");
                }
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
