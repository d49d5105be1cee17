package com.kugelpos.harness.report;

import java.util.Locale;

/** Renders one part's section of the report page: its run, report links, test classes and failed tests. */
final class PartSection {

    private final Hrefs hrefs;

    PartSection(Hrefs hrefs) {
        this.hrefs = hrefs;
    }

    /** The section's HTML. */
    String render(PartOutcome part) {
        PartRun run = part.run();
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"part-").append(Html.escape(run.name())).append("\">\n")
                .append("<h2>").append(Html.escape(run.title())).append(' ').append(badge(part.verdict()))
                .append("</h2>\n<p class=\"reason\">").append(Html.escape(part.reason())).append("</p>\n<dl>\n");
        definition(out, "Module", run.module().isEmpty() ? "(whole build)" : run.module());
        if (run.state() == RunState.RAN) {
            definition(out, "Command", run.command());
            definition(out, "Duration", Durations.format(run.seconds()) + ", exit code " + run.exitCode());
        }
        if (!run.targets().isBlank()) {
            definition(out, "Services", run.targets());
        }
        out.append("</dl>\n");
        if (run.state() == RunState.RAN) {
            links(out, part);
            suites(out, part);
            failedTests(out, part);
        }
        return out.append("</section>\n").toString();
    }

    /** The coloured verdict label. */
    static String badge(Verdict verdict) {
        return "<span class=\"badge " + verdict.name().toLowerCase(Locale.ROOT) + "\">" + verdict.label() + "</span>";
    }

    private void links(StringBuilder out, PartOutcome part) {
        out.append("<ul class=\"links\">\n");
        for (ResolvedLink link : part.links()) {
            out.append("<li>").append(Html.escape(link.spec().label())).append(": ");
            if (link.found().isEmpty()) {
                out.append("<span class=\"missing\">not produced (").append(Html.escape(link.spec().pattern()))
                        .append(")</span>");
            } else {
                for (String found : link.found()) {
                    out.append("<a href=\"").append(hrefs.to(found)).append("\">").append(Html.escape(found))
                            .append("</a> ");
                }
            }
            out.append("</li>\n");
        }
        if (!part.run().log().isBlank()) {
            out.append("<li>Maven output: <a href=\"").append(hrefs.to(part.run().log())).append("\">")
                    .append(Html.escape(part.run().log())).append("</a></li>\n");
        }
        out.append("</ul>\n");
    }

    private static void suites(StringBuilder out, PartOutcome part) {
        if (part.suites().isEmpty()) {
            return;
        }
        out.append("<table class=\"suites\">\n<tr><th>Test class</th><th>Tests</th><th>Passed</th>"
                + "<th>Failed</th><th>Skipped</th><th>Time</th></tr>\n");
        for (SuiteResult suite : part.suites()) {
            TestCounts c = suite.counts();
            out.append("<tr class=\"").append(suite.passed() ? "ok" : "ko").append("\"><td title=\"")
                    .append(Html.escape(suite.name())).append("\">").append(Html.escape(suite.simpleName()))
                    .append("</td><td>").append(c.tests()).append("</td><td>").append(c.passed())
                    .append("</td><td>").append(c.failed()).append("</td><td>").append(c.skipped())
                    .append("</td><td>").append(c.seconds() > 0 ? String.format(Locale.ROOT, "%.1f s", c.seconds()) : "–")
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void failedTests(StringBuilder out, PartOutcome part) {
        boolean any = part.suites().stream().anyMatch(suite -> !suite.failedTests().isEmpty());
        if (!any) {
            return;
        }
        out.append("<h3>Failed tests</h3>\n<ul class=\"failed\">\n");
        for (SuiteResult suite : part.suites()) {
            for (FailedTest failed : suite.failedTests()) {
                out.append("<li><code>").append(Html.escape(suite.simpleName())).append('.')
                        .append(Html.escape(failed.name())).append("</code>: ")
                        .append(Html.escape(failed.message())).append("</li>\n");
            }
        }
        out.append("</ul>\n");
    }

    private static void definition(StringBuilder out, String term, String description) {
        out.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(description))
                .append("</dd>\n");
    }
}
