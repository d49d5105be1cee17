package com.kugelpos.harness.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Reads the run descriptions the {@code ./harness} script writes: {@code check.properties} for
 * the whole run and one {@code parts/NN-name.properties} per part, taken in file-name order.
 *
 * <p>A part's keys: {@code name}, {@code title}, {@code module}, {@code state} (ran, not-available,
 * not-run), {@code command}, {@code exitCode}, {@code seconds}, {@code log}, {@code reports}
 * (comma-separated folders; default the module's surefire and failsafe report folders),
 * {@code expectTests} (default true), {@code targets}, {@code note}, {@code links}
 * ({@code label=path;!label=path}, see {@link LinkSpec}) and {@code gatlingLog} (default false: true
 * counts the Gatling assertions in its log as tests, see {@link GatlingAssertions}).
 */
public final class RunDescriptions {

    private RunDescriptions() {}

    /**
     * Reads every part description in {@code runsDir/parts}.
     *
     * @throws ReportException if the folder is missing or a description is malformed
     */
    public static List<PartRun> readParts(Path runsDir) {
        Path partsDir = runsDir.resolve("parts");
        if (!Files.isDirectory(partsDir)) {
            throw new ReportException("no part descriptions: " + partsDir + " does not exist; run ./harness");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(partsDir, "*.properties")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ReportException("cannot list " + partsDir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        List<PartRun> parts = new ArrayList<>();
        for (Path file : files) {
            parts.add(readPart(file));
        }
        return parts;
    }

    /**
     * Reads one part description.
     *
     * @throws ReportException if a required key is missing or a value is malformed
     */
    public static PartRun readPart(Path file) {
        Properties p = load(file);
        try {
            String module = p.getProperty("module", "").strip();
            return new PartRun(required(p, "name"), p.getProperty("title", required(p, "name")), module,
                    RunState.parse(required(p, "state")), p.getProperty("command", ""),
                    Integer.parseInt(p.getProperty("exitCode", "0").strip()),
                    Long.parseLong(p.getProperty("seconds", "0").strip()), p.getProperty("log", ""),
                    reportDirs(p.getProperty("reports"), module),
                    Boolean.parseBoolean(p.getProperty("expectTests", "true").strip()),
                    p.getProperty("targets", ""), p.getProperty("note", ""),
                    LinkSpec.parseList(p.getProperty("links")),
                    Boolean.parseBoolean(p.getProperty("gatlingLog", "false").strip()));
        } catch (IllegalArgumentException e) {
            throw new ReportException("the part description " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code runsDir/check.properties}: {@code started}, {@code seconds}, {@code command}, {@code commit}.
     *
     * @throws ReportException if it is missing or malformed
     */
    public static CheckRun readCheck(Path runsDir) {
        Path file = runsDir.resolve("check.properties");
        Properties p = load(file);
        try {
            return new CheckRun(p.getProperty("started", ""), Long.parseLong(p.getProperty("seconds", "0").strip()),
                    p.getProperty("command", ""), p.getProperty("commit", ""));
        } catch (NumberFormatException e) {
            throw new ReportException("the run description " + file + " has a malformed seconds value: "
                    + e.getMessage(), e);
        }
    }

    private static List<String> reportDirs(String listed, String module) {
        if (listed != null && !listed.isBlank()) {
            return Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (module.isEmpty()) {
            return List.of();
        }
        return List.of(module + "/target/surefire-reports", module + "/target/failsafe-reports");
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the key '" + key + "' is missing");
        }
        return value.strip();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ReportException("cannot read the run description " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }
}
