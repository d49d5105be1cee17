package com.kugelpos.harness.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.harness.compose.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The harness modules use client-core the way its users must: through the packages its module
 * descriptor exports. They sit on the class path, where the JVM does not enforce the descriptor, so
 * this test does: it reads the exports of {@code client-core/src/main/java/module-info.java} and
 * fails naming every import of another client-core package.
 */
class ApiBoundaryTest {

    private static final List<String> HARNESS_MODULES = List.of("reference-services", "contract-tests",
            "chaos-tests", "perf-tests", "release-check");
    private static final Pattern EXPORT = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(com\\.kugelpos\\.http\\.[\\w.]+)\\s*;",
            Pattern.MULTILINE);

    @Test
    void shouldImportOnlyExportedClientCorePackagesFromTheHarnessModules() {
        Set<String> exported = exports();
        assertThat(exported).as("client-core's exports").contains("com.kugelpos.http", "com.kugelpos.http.spi");

        List<String> violations = new ArrayList<>();
        for (String module : HARNESS_MODULES) {
            for (Path source : javaSources(RepositoryFiles.root().resolve(module).resolve("src"))) {
                Matcher imports = IMPORT.matcher(read(source));
                while (imports.find()) {
                    String type = imports.group(1);
                    if (!exported.contains(packageOf(type))) {
                        violations.add(RepositoryFiles.root().relativize(source) + " imports " + type);
                    }
                }
            }
        }

        assertThat(violations).as("imports of client-core packages that module-info.java does not export").isEmpty();
    }

    /** The package of an imported name: its lower-case segments (a nested type's owner is upper case). */
    private static String packageOf(String imported) {
        return Stream.of(imported.split("\\."))
                .takeWhile(segment -> !Character.isUpperCase(segment.charAt(0)))
                .collect(Collectors.joining("."));
    }

    private static Set<String> exports() {
        Matcher exports = EXPORT.matcher(read(RepositoryFiles.file("client-core/src/main/java/module-info.java")));
        Set<String> packages = new TreeSet<>();
        while (exports.find()) {
            packages.add(exports.group(1));
        }
        return packages;
    }

    private static List<Path> javaSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
