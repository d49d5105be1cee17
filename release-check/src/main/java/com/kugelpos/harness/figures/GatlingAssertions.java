package com.kugelpos.harness.figures;

import com.kugelpos.harness.report.FailedTest;
import com.kugelpos.harness.report.ReportException;
import com.kugelpos.harness.report.SuiteResult;
import com.kugelpos.harness.report.TestCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results of Gatling's assertions as Gatling's own report writes them: the assertions table of
 * each simulation's {@code index.html} (Gatling 3.13 writes no JSON of them), one row per assertion
 * with its text and OK or KO.
 */
public final class GatlingAssertions {

    private static final Pattern ROW = Pattern.compile(
            "<td class=\"error-col-1 (ok|ko) total\">\\s*(.*?)\\s*<span class=\"value\"", Pattern.DOTALL);

    private GatlingAssertions() {}

    /**
     * The assertions of every report folder under {@code gatlingDir} (a missing folder gives none).
     *
     * @throws ReportException if a report exists but cannot be read
     */
    public static List<GatlingAssertion> read(Path gatlingDir) {
        List<GatlingAssertion> assertions = new ArrayList<>();
        if (!Files.isDirectory(gatlingDir)) {
            return assertions;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(gatlingDir, Files::isDirectory)) {
            stream.forEach(folders::add);
        } catch (IOException e) {
            throw new ReportException("cannot list the Gatling reports in " + gatlingDir + ": " + e.getMessage(), e);
        }
        folders.sort(null);
        for (Path folder : folders) {
            Path index = folder.resolve("index.html");
            if (Files.isRegularFile(index)) {
                assertions.addAll(parse(simulation(folder), readPage(index)));
            }
        }
        return assertions;
    }

    /** The assertions of one simulation's report page. */
    public static List<GatlingAssertion> parse(String simulation, String indexHtml) {
        Matcher row = ROW.matcher(indexHtml);
        List<GatlingAssertion> assertions = new ArrayList<>();
        while (row.find()) {
            assertions.add(new GatlingAssertion(simulation, unescape(row.group(2)), row.group(1).equals("ok")));
        }
        return assertions;
    }

    /** The assertions as test results: one suite per simulation, one test per assertion. */
    public static List<SuiteResult> suites(List<GatlingAssertion> assertions) {
        Map<String, List<GatlingAssertion>> bySimulation = new LinkedHashMap<>();
        assertions.forEach(a -> bySimulation.computeIfAbsent(a.simulation(), key -> new ArrayList<>()).add(a));
        List<SuiteResult> suites = new ArrayList<>();
        bySimulation.forEach((simulation, list) -> {
            List<FailedTest> failed = list.stream().filter(a -> !a.ok())
                    .map(a -> new FailedTest(simulation, a.text(), "KO in Gatling's report")).toList();
            suites.add(new SuiteResult(simulation, new TestCounts(list.size(), failed.size(), 0, 0, 0), failed));
        });
        return suites;
    }

    /** {@code poolingsimulation-20261202005539952} as {@code poolingsimulation}. */
    static String simulation(Path folder) {
        return folder.getFileName().toString().replaceFirst("-\\d+$", "").toLowerCase(Locale.ROOT);
    }

    private static String readPage(Path index) {
        try {
            return Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot read the Gatling report " + index + ": " + e.getMessage(), e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
