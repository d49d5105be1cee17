package com.kugelpos.harness.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files at the repository root, found through the {@code harness.repository.root} property the POM sets. */
public final class RepositoryFiles {

    private RepositoryFiles() {}

    /** {@code relative} under the repository root; fails naming the file when it does not exist. */
    public static Path file(String relative) {
        Path file = root().resolve(relative).normalize();
        if (!Files.exists(file)) {
            throw new IllegalStateException(relative + " is missing at the repository root (" + file + ")");
        }
        return file;
    }

    /** The repository root. */
    public static Path root() {
        String root = System.getProperty("harness.repository.root");
        if (root == null) {
            throw new IllegalStateException("harness.repository.root is not set; run the tests through Maven "
                    + "(mvn -pl release-check verify), whose surefire configuration sets it");
        }
        return Path.of(root);
    }
}
