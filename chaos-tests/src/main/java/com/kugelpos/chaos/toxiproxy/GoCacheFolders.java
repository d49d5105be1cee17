package com.kugelpos.chaos.toxiproxy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Chooses Go's working folders for {@code go install}: Go's own defaults where they can be written,
 * else folders under the cache folder, so a machine with a read-only home still builds the server.
 */
final class GoCacheFolders {

    /** The folder variables that {@code go install} writes into. */
    static final List<String> FOLDERS = List.of("GOPATH", "GOMODCACHE", "GOCACHE");

    /** Every variable to ask {@code go env} for, in the order it prints them. */
    static final List<String> QUERIED = List.of("GOPATH", "GOMODCACHE", "GOCACHE", "GOFLAGS");

    private GoCacheFolders() {}

    /**
     * The environment overrides for the install.
     *
     * @param goEnv what {@code go env} reports for {@link #QUERIED} (an empty value when unset)
     * @param cacheDir the cache folder that replaces the unwritable folders
     * @param writable whether a folder can be created or written
     * @return the variables to set, empty when every default folder is writable
     */
    static Map<String, String> overrides(Map<String, String> goEnv, Path cacheDir, Predicate<Path> writable) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String variable : FOLDERS) {
            if (!usable(goEnv.getOrDefault(variable, ""), writable)) {
                overrides.put(variable, cacheDir.resolve(variable.toLowerCase(Locale.ROOT)).toString());
            }
        }
        if (overrides.containsKey("GOMODCACHE")) {
            // Go marks module files read-only; -modcacherw keeps the cache folder deletable with rm -r
            overrides.put("GOFLAGS", (goEnv.getOrDefault("GOFLAGS", "") + " -modcacherw").trim());
        }
        return overrides;
    }

    /** Whether {@code folder}, or the nearest existing folder above it, can be written. */
    static boolean writable(Path folder) {
        for (Path current = folder.toAbsolutePath(); current != null; current = current.getParent()) {
            if (Files.exists(current)) {
                return Files.isDirectory(current) && Files.isWritable(current);
            }
        }
        return false;
    }

    private static boolean usable(String value, Predicate<Path> writable) {
        if (value.isBlank()) {
            return false;
        }
        try {
            // GOPATH may list several folders; Go installs into the first
            return writable.test(Path.of(value.split(File.pathSeparator)[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
