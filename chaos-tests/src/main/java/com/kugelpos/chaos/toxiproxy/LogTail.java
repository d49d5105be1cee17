package com.kugelpos.chaos.toxiproxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a process's output file, to quote in an error message. */
final class LogTail {

    private static final int LINES = 15;

    private LogTail() {}

    /** The last lines of {@code file} with a header naming it, or a note that it cannot be read. */
    static String of(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return "Last lines of " + file + ":\n  " + String.join("\n  ", tail);
        } catch (IOException e) {
            return "(output file " + file + " cannot be read: " + e.getMessage() + ")";
        }
    }
}
