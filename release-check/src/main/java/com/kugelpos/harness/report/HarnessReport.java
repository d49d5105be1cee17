package com.kugelpos.harness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report writer the {@code ./harness} script runs after the parts: it reads the run
 * descriptions and test reports, writes {@code index.html}, prints the summary and exits with 0
 * when the release check passed, 1 when it failed and 2 when the descriptions cannot be read.
 *
 * <p>Usage: {@code HarnessReport <repository root> <run descriptions folder> <report folder>}.
 */
public final class HarnessReport {

    /** Exit status of a passed check. */
    public static final int PASSED = 0;
    /** Exit status of a failed check. */
    public static final int FAILED = 1;
    /** Exit status when the run descriptions or reports cannot be read. */
    public static final int BROKEN = 2;

    private HarnessReport() {}

    /**
     * Writes the report and exits with the check's status.
     *
     * @param args repository root, run descriptions folder, report folder
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: HarnessReport <repository root> <run descriptions folder> <report folder>");
            System.exit(BROKEN);
        }
        int status;
        try {
            ReleaseCheck check = write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            System.out.print(ConsoleSummary.render(check, Path.of(args[2]).resolve("index.html").toString()));
            status = check.verdict() == Verdict.PASS ? PASSED : FAILED;
        } catch (ReportException e) {
            System.err.println("harness report: " + e.getMessage());
            status = BROKEN;
        }
        System.exit(status);
    }

    /**
     * Evaluates the run and writes {@code reportDir/index.html}.
     *
     * @return the evaluated check
     * @throws ReportException if a description or report cannot be read or the page cannot be written
     */
    public static ReleaseCheck write(Path root, Path runsDir, Path reportDir) {
        CheckRun run = RunDescriptions.readCheck(runsDir);
        List<PartRun> parts = RunDescriptions.readParts(runsDir);
        ReleaseCheck check = ReleaseCheck.evaluate(run, parts, root);
        String page = new ReportPage(new Hrefs(root, reportDir)).render(check);
        Path index = reportDir.resolve("index.html");
        try {
            Files.createDirectories(reportDir);
            Files.writeString(index, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write the report page " + index + ": " + e.getMessage(), e);
        }
        return check;
    }
}
