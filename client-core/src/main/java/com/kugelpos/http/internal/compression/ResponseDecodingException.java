package com.kugelpos.http.internal.compression;

/**
 * A response body could not be decoded according to its {@code Content-Encoding}: the encoding is
 * not supported, the compressed stream is truncated or corrupt, or it decodes to more than the
 * allowed size. The message names the encoding and the byte count, never the body's content.
 */
public class ResponseDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String encoding;

    /** Creates the exception for {@code encoding} with a message naming it and the byte count. */
    public ResponseDecodingException(String encoding, String message) {
        super(message);
        this.encoding = encoding;
    }

    /** Creates the exception with the cause reported by the decoder. */
    public ResponseDecodingException(String encoding, String message, Throwable cause) {
        super(message, cause);
        this.encoding = encoding;
    }

    /** The content coding that failed, as the response named it, e.g. {@code gzip} or {@code br}. */
    public String encoding() {
        return encoding;
    }
}
