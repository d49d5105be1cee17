package com.kugelpos.harness.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files at the repository root, found through the {@code harness.repository.root} property the POM sets. */
final class RepositoryFiles {

    private RepositoryFiles() {}

    /** {@code relative} under the repository root; fails naming the file when it does not exist. */
    static Path file(String relative) {
        String root = System.getProperty("harness.repository.root");
        if (root == null) {
            throw new IllegalStateException("harness.repository.root is not set; run the tests through Maven "
                    + "(mvn -pl release-check verify), whose surefire configuration sets it");
        }
        Path file = Path.of(root).resolve(relative).normalize();
        if (!Files.exists(file)) {
            throw new IllegalStateException(relative + " is missing at the repository root (" + file + ")");
        }
        return file;
    }
}
