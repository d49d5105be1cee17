package com.kugelpos.chaos.toxiproxy;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The launcher's settings. Each is read from a system property of that name first, then from the
 * environment variable, so both {@code -DTOXIPROXY_URL=...} and {@code export TOXIPROXY_URL=...} work.
 */
final class Settings {

    /** A running server to use instead of launching one, e.g. {@code http://127.0.0.1:8474}. */
    static final String URL = "TOXIPROXY_URL";

    /** Where the {@code toxiproxy-server} binary (and, if needed, Go's caches) are kept. */
    static final String CACHE_DIR = "TOXIPROXY_CACHE_DIR";

    /** Where the server's and {@code go install}'s output files are written. */
    static final String LOG_DIR = "TOXIPROXY_LOG_DIR";

    /** Reads system properties, then environment variables; blank counts as unset. */
    static final Function<String, String> SYSTEM = Settings::lookup;

    private Settings() {}

    /** The cache folder: {@code TOXIPROXY_CACHE_DIR}, or {@code ~/.cache/kugelpos/toxiproxy/<version>}. */
    static Path cacheDir(Function<String, String> settings) {
        String configured = settings.apply(CACHE_DIR);
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kugelpos", "toxiproxy", ToxiproxyRelease.VERSION);
    }

    /** The output folder: {@code TOXIPROXY_LOG_DIR}, or {@code target/toxiproxy} under the working folder. */
    static Path logDir(Function<String, String> settings) {
        String configured = settings.apply(LOG_DIR);
        return configured != null ? Path.of(configured) : Path.of("target", "toxiproxy");
    }

    private static String lookup(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
