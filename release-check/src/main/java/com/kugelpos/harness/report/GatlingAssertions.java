package com.kugelpos.harness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the results of Gatling's assertions from the console output of a Gatling run (the Maven
 * log), since the Gatling Maven plugin writes no JUnit report: one suite per simulation, one test
 * per assertion line such as {@code add item: count of failed events is 0.0 : false (actual : 66.0)}.
 */
public final class GatlingAssertions {

    private static final Pattern STARTED = Pattern.compile("^Simulation (\\S+) started");
    private static final Pattern ASSERTION = Pattern.compile("^(.+) : (true|false) \\(actual : (.*)\\)\\s*$");
    private static final String UNNAMED = "Gatling simulation";

    private GatlingAssertions() {}

    /**
     * The assertions in {@code log}, grouped by the simulation that was running; a missing log gives none.
     *
     * @throws ReportException if the log exists but cannot be read
     */
    public static List<SuiteResult> read(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot read the Gatling output in " + log + ": " + e.getMessage(), e);
        }
        return parse(lines);
    }

    /** The assertions in the given console lines. */
    public static List<SuiteResult> parse(List<String> lines) {
        Map<String, List<FailedTest>> failedBySimulation = new LinkedHashMap<>();
        Map<String, Integer> countBySimulation = new LinkedHashMap<>();
        String simulation = UNNAMED;
        for (String line : lines) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                simulation = started.group(1);
                continue;
            }
            Matcher assertion = ASSERTION.matcher(line);
            if (assertion.matches()) {
                countBySimulation.merge(simulation, 1, Integer::sum);
                List<FailedTest> failed = failedBySimulation.computeIfAbsent(simulation, name -> new ArrayList<>());
                if (assertion.group(2).equals("false")) {
                    failed.add(new FailedTest(simulation, assertion.group(1).strip(), "actual: " + assertion.group(3)));
                }
            }
        }
        List<SuiteResult> suites = new ArrayList<>();
        countBySimulation.forEach((name, count) -> {
            List<FailedTest> failed = failedBySimulation.get(name);
            suites.add(new SuiteResult(name, new TestCounts(count, failed.size(), 0, 0, 0), failed));
        });
        return suites;
    }
}
