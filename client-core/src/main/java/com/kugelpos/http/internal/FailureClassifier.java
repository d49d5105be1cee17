package com.kugelpos.http.internal;

import com.kugelpos.http.resilience.FailureKind;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/** Tells how far a failed attempt got, and names the failure in words that hold no secrets. */
final class FailureClassifier {

    private FailureClassifier() {}

    /** A failure classified: its kind and a short reason for logs and messages. */
    record Classified(FailureKind kind, String reason) {}

    static Classified classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return new Classified(FailureKind.NOT_SENT, "connect timeout");
            }
            if (t instanceof ConnectException) {
                return new Classified(FailureKind.NOT_SENT, "connection refused");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new Classified(FailureKind.NOT_SENT, "unknown host");
            }
            if (t instanceof HttpTimeoutException) {
                return new Classified(FailureKind.MAYBE_PROCESSED, "response timeout");
            }
            if (t instanceof SSLHandshakeException) {
                return new Classified(FailureKind.PERMANENT, "TLS handshake failed (is the certificate trusted?)");
            }
            if (t instanceof ResponseDecodingException) {
                return new Classified(FailureKind.MAYBE_PROCESSED, "response body could not be decoded");
            }
        }
        String io = describeIo(failure);
        if (io != null) {
            return new Classified(FailureKind.MAYBE_PROCESSED, io);
        }
        return new Classified(FailureKind.PERMANENT, "unexpected " + failure.getClass().getSimpleName());
    }

    /**
     * Names an I/O failure from the whole cause chain: the JDK wraps a reset or an early close in an
     * {@code IOException} about header parsing, with the telling cause underneath.
     */
    private static String describeIo(Throwable failure) {
        Throwable firstIo = null;
        boolean truncated = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof IOException)) {
                continue;
            }
            firstIo = firstIo == null ? t : firstIo;
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("reset")) {
                return "connection reset";
            }
            truncated |= t instanceof EOFException || message.contains("eof") || message.contains("closed")
                    || message.contains("content-length") || message.contains("bytes received")
                    || message.contains("no bytes");
        }
        if (truncated) {
            return "connection closed before the response was complete (truncated response)";
        }
        return firstIo == null ? null : "I/O error (" + firstIo.getClass().getSimpleName() + ")";
    }

}
