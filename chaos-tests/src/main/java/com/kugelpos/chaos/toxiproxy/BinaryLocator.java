package com.kugelpos.chaos.toxiproxy;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds {@code toxiproxy-server}: on {@code PATH}, then in the cache folder, else has it installed there. */
final class BinaryLocator {

    private static final Logger LOG = LoggerFactory.getLogger(BinaryLocator.class);

    private final String pathVariable;
    private final Path cacheDir;
    private final BinaryInstaller installer;

    /**
     * @param pathVariable the {@code PATH} value to search, may be {@code null}
     * @param cacheDir the cache folder, searched second and installed into
     * @param installer called only when neither holds the binary
     */
    BinaryLocator(String pathVariable, Path cacheDir, BinaryInstaller installer) {
        this.pathVariable = pathVariable;
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
        this.installer = Objects.requireNonNull(installer, "installer");
    }

    /** The binary to run. */
    Path locate() {
        return Executables.onPath(pathVariable, ToxiproxyRelease.BINARY_NAME)
                .or(() -> Executables.in(cacheDir, ToxiproxyRelease.BINARY_NAME))
                .map(
                        found -> {
                            LOG.info("Found {}", found);
                            return found;
                        })
                .orElseGet(() -> installer.install(cacheDir));
    }
}
