package com.kugelpos.perf.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * Writes JMH's results in JMH's own JSON format (as {@code -rf json} does) to the file named by
 * the system property {@value #FILE_PROPERTY}, by default {@code target/jmh/results.json}, for the
 * release check's page.
 */
final class JmhResultsFile {

    /** The system property naming the file. */
    static final String FILE_PROPERTY = "jmh.resultFile";

    private JmhResultsFile() {}

    static Path write(Collection<RunResult> results) {
        Path file = Path.of(System.getProperty(FILE_PROPERTY, "target/jmh/results.json"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, file.toString()).writeOut(results);
        return file;
    }
}
