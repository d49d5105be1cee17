package com.kugelpos.chaos.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos report of one test run: the timelines of all scenarios, written when the run ends
 * ({@link #close()}) as {@code index.html} (a section and a chart per scenario) and
 * {@code chaos-report.json} (the raw events) in the folder named by the system property
 * {@value #FOLDER_PROPERTY}, by default {@code target/chaos-report}. Thread-safe.
 */
public final class ChaosReport implements AutoCloseable {

    /** The system property naming the report folder. */
    public static final String FOLDER_PROPERTY = "chaos.report.dir";

    private final Path folder;
    private final Instant started = Instant.now();
    private final List<ScenarioTimeline> scenarios = new ArrayList<>();

    /** @param folder where to write the report */
    public ChaosReport(Path folder) {
        this.folder = folder;
    }

    /** A report for the folder given by {@value #FOLDER_PROPERTY}, or {@code target/chaos-report}. */
    public static ChaosReport inDefaultFolder() {
        return new ChaosReport(Path.of(System.getProperty(FOLDER_PROPERTY, "target/chaos-report")));
    }

    /** Adds a scenario; it is written as it is when the report closes. */
    public synchronized void add(ScenarioTimeline scenario) {
        scenarios.add(scenario);
    }

    /** Writes {@code index.html} and {@code chaos-report.json}. */
    @Override
    public synchronized void close() {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("index.html"), new ReportPage(started, scenarios).render(),
                    StandardCharsets.UTF_8);
            new ObjectMapper()
                    .writeValue(folder.resolve("chaos-report.json").toFile(), ReportJson.of(started, scenarios));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chaos report to " + folder.toAbsolutePath(), e);
        }
        System.out.println("Chaos report: " + folder.resolve("index.html").toAbsolutePath());
    }
}
