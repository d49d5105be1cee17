package com.kugelpos.http.internal.compression;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Decodes response bodies by their {@code Content-Encoding} and names the encodings the client
 * accepts. Supported: {@code identity}, {@code gzip} (also spelled {@code x-gzip}) and, when the
 * native brotli library loads on this platform, {@code br}. Stateless and thread-safe.
 */
public final class ContentDecoding {

    /** The default limit of a decoded body (64 MiB), a guard against decompression bombs. */
    public static final long DEFAULT_MAX_DECODED_BYTES = 64L * 1024 * 1024;

    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    private static final int BUFFER_BYTES = 8192;

    private ContentDecoding() {
    }

    /** The {@code Accept-Encoding} request header value: only what {@link #decode} supports. */
    public static String acceptEncoding() {
        return BrotliCodec.isAvailable() ? "gzip, br" : "gzip";
    }

    /**
     * {@link #decode(String, byte[], long)} with {@link #DEFAULT_MAX_DECODED_BYTES}.
     *
     * @throws ResponseDecodingException if the body cannot be decoded
     */
    public static byte[] decode(String contentEncodingHeader, byte[] body) {
        return decode(contentEncodingHeader, body, DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * Undoes the content codings of {@code contentEncodingHeader} in reverse order of application
     * ({@code "gzip, identity"} is identity then gzip). A null, empty or {@code identity} header
     * returns {@code body} itself; so does an empty body with a supported header, which has
     * nothing to decode. Several
     * {@code Content-Encoding} header lines must be joined with commas first.
     *
     * @param maxDecodedBytes the largest decoded size accepted from each decoding step
     * @throws ResponseDecodingException if an encoding is not supported, the stream is truncated or
     *                                   corrupt, or it decodes to more than {@code maxDecodedBytes}
     * @throws IllegalArgumentException  if {@code maxDecodedBytes} is not positive
     */
    public static byte[] decode(String contentEncodingHeader, byte[] body, long maxDecodedBytes) {
        Objects.requireNonNull(body, "body must not be null (use an empty array)");
        if (maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("maxDecodedBytes must be positive, was " + maxDecodedBytes);
        }
        List<String> codings = codings(contentEncodingHeader);
        if (body.length == 0) {
            return body;
        }
        long limit = Math.min(maxDecodedBytes, MAX_ARRAY_BYTES);
        byte[] decoded = body;
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = decodeOne(codings.get(i), decoded, limit);
        }
        return decoded;
    }

    /** The non-identity codings of the header in order of application; unsupported ones throw. */
    private static List<String> codings(String header) {
        List<String> codings = new ArrayList<>();
        if (header == null) {
            return codings;
        }
        for (String token : header.split(",")) {
            String coding = token.trim();
            String normalized = coding.toLowerCase(Locale.ROOT);
            if (normalized.equals("gzip") || normalized.equals("x-gzip")
                    || (normalized.equals("br") && BrotliCodec.isAvailable())) {
                codings.add(coding);
            } else if (!normalized.isEmpty() && !normalized.equals("identity")) {
                throw new ResponseDecodingException(coding, "Unsupported Content-Encoding '" + coding
                        + "' (header '" + header.trim() + "'); this client accepts only: identity, gzip, x-gzip"
                        + (BrotliCodec.isAvailable() ? ", br" : "")
                        + ". The server ignored Accept-Encoding: " + acceptEncoding());
            }
        }
        return codings;
    }

    private static byte[] decodeOne(String coding, byte[] compressed, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 4L * compressed.length + 64));
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (InputStream in = decoding(coding, new ByteArrayInputStream(compressed))) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new ResponseDecodingException(coding, "The " + coding + " response body of "
                            + compressed.length + " bytes decodes to more than the limit of " + limit
                            + " bytes; refusing it as a possible decompression bomb");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ResponseDecodingException(coding, "Could not decode the " + coding + " response body of "
                    + compressed.length + " bytes: truncated or corrupt stream (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    private static InputStream decoding(String coding, InputStream compressed) throws IOException {
        return coding.equalsIgnoreCase("br")
                ? BrotliCodec.decoding(compressed)
                : new GZIPInputStream(compressed, BUFFER_BYTES);
    }
}
