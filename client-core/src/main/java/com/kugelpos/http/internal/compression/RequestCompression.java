package com.kugelpos.http.internal.compression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip of large request bodies ({@code HTTP_REQUEST_GZIP_MIN_BYTES}): a body of at least the
 * threshold is sent compressed with {@code Content-Encoding: gzip}. Off (threshold 0) by default,
 * since the receiving service must accept gzip request bodies. Stateless and thread-safe.
 */
public final class RequestCompression {

    /** The coding named in {@code Content-Encoding}. */
    public static final String GZIP = "gzip";

    private RequestCompression() {}

    /** Whether a body of {@code length} bytes is compressed under threshold {@code minBytes} (0 = never). */
    public static boolean applies(int length, int minBytes) {
        return minBytes > 0 && length >= minBytes;
    }

    /** The gzip stream of {@code body}. */
    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip of a request body in memory failed", e);
        }
        return out.toByteArray();
    }
}
