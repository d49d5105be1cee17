package com.kugelpos.chaos.toxiproxy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds executable files by name. */
final class Executables {

    private Executables() {}

    /** The first executable named {@code name} in the folders of a {@code PATH}-style value. */
    static Optional<Path> onPath(String pathVariable, String name) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Optional<Path> found = in(Path.of(folder), name);
                if (found.isPresent()) {
                    return found;
                }
            } catch (InvalidPathException e) {
                // a malformed PATH entry holds nothing
            }
        }
        return Optional.empty();
    }

    /** {@code folder/name} if it is an executable file. */
    static Optional<Path> in(Path folder, String name) {
        Path candidate = folder.resolve(name);
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate.toAbsolutePath())
                : Optional.empty();
    }
}
