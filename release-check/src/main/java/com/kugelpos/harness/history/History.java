package com.kugelpos.harness.history;

import com.kugelpos.harness.json.Json;
import com.kugelpos.harness.json.JsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run history: one {@code <run id>.json} summary per release-check run in a folder kept between
 * runs, and a {@value #BASELINE_FILE} file naming the run from which the regression gate compares
 * (written by {@code ./harness --accept-baseline}). Run ids sort by time.
 */
public final class History {

    /** The file naming the accepted baseline run. */
    public static final String BASELINE_FILE = "baseline.txt";

    private final Path folder;

    /** The history in {@code folder} (created when the first run is added). */
    public History(Path folder) {
        this.folder = folder;
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Adds a run's summary.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public void add(RunSummary run) {
        Path file = folder.resolve(run.id() + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, Json.write(run.toJson()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the run summary " + file + " to the history: " + e.getMessage(), e);
        }
    }

    /**
     * Every run in the history, oldest first; an unreadable summary is skipped with a warning.
     *
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public List<RunSummary> runs() {
        List<RunSummary> runs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return runs;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the history " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        for (Path file : files) {
            try {
                runs.add(RunSummary.fromJson(Json.read(file)));
            } catch (JsonException | IllegalArgumentException e) {
                System.err.println("harness: skipping the unreadable run summary " + file + ": " + e.getMessage());
            }
        }
        return runs;
    }

    /** The last {@code n} runs, oldest first. */
    public List<RunSummary> last(int n) {
        List<RunSummary> runs = runs();
        return runs.subList(Math.max(0, runs.size() - n), runs.size());
    }

    /** The id of the accepted baseline run, if one was accepted. */
    public Optional<String> baseline() {
        Path file = folder.resolve(BASELINE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Accepts the latest run as the baseline: the gate then compares with it and the runs after it.
     *
     * @return the accepted run's id, or empty when the history has no run
     */
    public Optional<String> acceptLatest() {
        List<RunSummary> runs = runs();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        String id = runs.get(runs.size() - 1).id();
        try {
            Files.writeString(folder.resolve(BASELINE_FILE), id + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline to " + folder + ": " + e.getMessage(), e);
        }
        return Optional.of(id);
    }

    /** The runs the gate compares with: from the baseline on (all when none was accepted), the last {@code n}. */
    public List<RunSummary> reference(int n) {
        Optional<String> baseline = baseline();
        List<RunSummary> since = runs().stream()
                .filter(run -> baseline.map(id -> run.id().compareTo(id) >= 0).orElse(true)).toList();
        return since.subList(Math.max(0, since.size() - n), since.size());
    }
}
