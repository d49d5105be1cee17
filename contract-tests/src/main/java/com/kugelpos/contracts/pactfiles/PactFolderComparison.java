package com.kugelpos.contracts.pactfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the pact files the consumer tests generated with the committed ones, file by file
 * ({@code Consumer-Provider.json}): a file only generated is a new pair, a file only committed a
 * stale one, and a file in both is compared as a contract ({@link PactDiff}), so that formatting
 * does not count. Immutable once made.
 */
public final class PactFolderComparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SortedSet<String> onlyGenerated = new TreeSet<>();
    private final SortedSet<String> onlyCommitted = new TreeSet<>();
    private final List<String> changes = new ArrayList<>();

    private PactFolderComparison() {}

    /**
     * Compares two folders of pact files.
     *
     * @param generated where the consumer tests wrote the pacts
     * @param committed the reviewed pacts (may not exist yet: then every file is new)
     * @throws UncheckedIOException when a file cannot be read or is not JSON
     */
    public static PactFolderComparison of(Path generated, Path committed) {
        PactFolderComparison comparison = new PactFolderComparison();
        SortedSet<String> made = pactFiles(generated);
        SortedSet<String> kept = pactFiles(committed);
        for (String file : made) {
            if (!kept.contains(file)) {
                comparison.onlyGenerated.add(file);
                continue;
            }
            for (String difference : PactDiff.between(read(committed.resolve(file)), read(generated.resolve(file)))) {
                comparison.changes.add(file + ": " + difference);
            }
        }
        kept.stream().filter(file -> !made.contains(file)).forEach(comparison.onlyCommitted::add);
        return comparison;
    }

    /** Whether the generated pacts are the committed ones. */
    public boolean matches() {
        return onlyGenerated.isEmpty() && onlyCommitted.isEmpty() && changes.isEmpty();
    }

    /** Files the tests generated that are not committed: new consumer-provider pairs. */
    public SortedSet<String> onlyGenerated() {
        return new TreeSet<>(onlyGenerated);
    }

    /** Committed files the tests no longer generate: pairs that are gone or not tested. */
    public SortedSet<String> onlyCommitted() {
        return new TreeSet<>(onlyCommitted);
    }

    /** One line per changed value, prefixed with its file. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    /** The pact files (names ending in {@code .json}) of a folder, empty when it does not exist. */
    static SortedSet<String> pactFiles(Path folder) {
        SortedSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the pact files in " + folder, e);
        }
        return names;
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pact file " + file + " as JSON", e);
        }
    }
}
