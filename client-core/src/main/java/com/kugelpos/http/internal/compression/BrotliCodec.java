package com.kugelpos.http.internal.compression;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli decoding through brotli4j, whose native library is loaded once, on first use. When it
 * cannot be loaded on this platform, brotli is neither advertised nor accepted, and that is logged
 * once at WARN. Thread-safe.
 */
final class BrotliCodec {

    private static final Logger LOG = LoggerFactory.getLogger(BrotliCodec.class);

    private BrotliCodec() {}

    /** Whether the native brotli library is loaded, so {@code br} may be advertised. */
    static boolean isAvailable() {
        return Loaded.AVAILABLE;
    }

    /** A stream that decodes the brotli stream {@code compressed}; call only when {@link #isAvailable()}. */
    static InputStream decoding(InputStream compressed) throws IOException {
        return new BrotliInputStream(compressed);
    }

    /** Loads the native library when first asked (the holder idiom), and logs once when it cannot. */
    private static final class Loaded {
        static final boolean AVAILABLE = load();

        private static boolean load() {
            try {
                if (Brotli4jLoader.isAvailable()) {
                    return true;
                }
                Throwable cause = Brotli4jLoader.getUnavailabilityCause();
                LOG.warn("Brotli is off: its native library did not load on {} {} ({}); responses are asked for"
                        + " with Accept-Encoding: gzip only", System.getProperty("os.name"), System.getProperty("os.arch"),
                        cause == null ? "no cause given" : cause.toString());
            } catch (LinkageError e) {
                LOG.warn("Brotli is off: brotli4j could not be loaded ({}); responses are asked for with"
                        + " Accept-Encoding: gzip only", e.toString());
            }
            return false;
        }
    }
}
