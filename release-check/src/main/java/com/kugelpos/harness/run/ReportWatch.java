package com.kugelpos.harness.run;

import com.kugelpos.harness.report.JUnitReports;
import com.kugelpos.harness.report.ReportException;
import com.kugelpos.harness.report.SuiteResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The progress of a running part, read from the reports its plugins write (never from Maven's
 * console): each JUnit XML report that appears gives one line per test class, each Gatling report
 * folder one line per simulation. Not thread-safe; the runner polls it.
 */
final class ReportWatch {

    private final String part;
    private final List<Path> junitDirs;
    private final Path gatlingDir;
    private final Set<Path> seen = new HashSet<>();

    ReportWatch(String part, List<Path> junitDirs, Path gatlingDir) {
        this.part = part;
        this.junitDirs = List.copyOf(junitDirs);
        this.gatlingDir = gatlingDir;
    }

    /** Lines for the reports written since the last poll. */
    List<String> poll() {
        List<String> lines = new ArrayList<>();
        for (Path dir : junitDirs) {
            for (Path file : list(dir, "TEST-*.xml")) {
                if (seen.contains(file)) {
                    continue;
                }
                try {
                    SuiteResult suite = JUnitReports.readSuite(file);
                    seen.add(file);
                    int failed = suite.counts().failed();
                    lines.add(String.format(Locale.ROOT, "  [%s]   %s: %d run, %d failed, %d skipped (%.1f s)%s", part,
                            suite.simpleName(), suite.counts().tests(), failed, suite.counts().skipped(),
                            suite.counts().seconds(), failed > 0 ? "  <<< FAILED" : ""));
                } catch (ReportException e) {
                    // still being written: read it at the next poll
                }
            }
        }
        if (gatlingDir != null) {
            for (Path folder : list(gatlingDir, "*")) {
                if (Files.isRegularFile(folder.resolve("index.html")) && seen.add(folder)) {
                    lines.add("  [" + part + "]   Gatling report written: " + folder.getFileName());
                }
            }
        }
        return lines;
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }
}
