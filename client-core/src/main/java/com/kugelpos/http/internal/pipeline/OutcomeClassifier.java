package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.internal.compression.ResponseDecodingException;
import com.kugelpos.http.internal.pipeline.Verdict.BreakerCount;
import com.kugelpos.http.internal.resilience.RetryAfter;
import com.kugelpos.http.spi.TimeSource;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * The one place that decides what an attempt's status or exception means, so that a sale is never
 * recorded twice and a broken request never trips the breaker:
 *
 * <table>
 *   <caption>Outcomes</caption>
 *   <tr><th>Outcome</th><th>retried for GET, PUT, DELETE</th><th>for POST, PATCH</th><th>breaker</th><th>instance</th></tr>
 *   <tr><td>below 400</td><td>no (success)</td><td>no</td><td>success</td><td>success</td></tr>
 *   <tr><td>429</td><td>yes</td><td>yes</td><td>neutral</td><td>success</td></tr>
 *   <tr><td>other 4xx</td><td>never</td><td>never</td><td>neutral</td><td>success</td></tr>
 *   <tr><td>503</td><td>yes</td><td>yes</td><td>failure</td><td>failure</td></tr>
 *   <tr><td>other 5xx</td><td>yes</td><td>only with an {@code Idempotency-Key}</td><td>failure</td><td>failure</td></tr>
 *   <tr><td>connection refused, connect timeout, unknown host (never sent)</td><td>yes</td><td>yes</td><td>failure</td><td>failure</td></tr>
 *   <tr><td>response timeout, reset, truncated or undecodable body</td><td>yes</td>
 *       <td>only with an {@code Idempotency-Key}</td><td>failure</td><td>failure</td></tr>
 *   <tr><td>TLS handshake failure, anything unexpected</td><td>never</td><td>never</td><td>failure</td><td>failure</td></tr>
 * </table>
 *
 * A 503 or 429 carries the delay of its {@code Retry-After} (seconds or an HTTP date, read on the
 * injected clock). Reasons hold no secrets: exceptions are named by kind, never by their message.
 * Thread-safe.
 */
public final class OutcomeClassifier {

    /** The first status the success verdicts are kept for; below it (1xx) a verdict is made per response. */
    private static final int FIRST_CACHED_SUCCESS = 200;
    /** The success verdicts of 200-399, made once: a verdict is immutable, and most responses succeed. */
    private static final Verdict[] SUCCESSES = successVerdicts();

    private final TimeSource time;

    /** @param time the clock that {@code Retry-After} dates are read against */
    public OutcomeClassifier(TimeSource time) {
        this.time = time;
    }

    /** The verdict on an attempt that got a response with {@code status}. */
    public Verdict ofResponse(HttpMethod method, boolean keyed, int status, HttpHeaders headers) {
        if (status < 400) {
            return status >= FIRST_CACHED_SUCCESS ? SUCCESSES[status - FIRST_CACHED_SUCCESS] : success(status);
        }
        String reason = "HTTP " + status;
        Duration retryAfter = status == 503 || status == 429
                ? RetryAfter.parse(headers.firstValue("retry-after").orElse(null), time.now()).orElse(null)
                : null;
        if (status < 500) {
            return new Verdict(AttemptOutcome.CLIENT_ERROR, status == 429, BreakerCount.NEUTRAL, false, reason,
                    retryAfter);
        }
        boolean retryable = status == 503 || replayIsSafe(method, keyed);
        return new Verdict(AttemptOutcome.SERVER_ERROR, retryable, BreakerCount.FAILURE, true, reason, retryAfter);
    }

    private static Verdict success(int status) {
        return new Verdict(AttemptOutcome.SUCCESS, false, BreakerCount.SUCCESS, false, "HTTP " + status, null);
    }

    private static Verdict[] successVerdicts() {
        Verdict[] verdicts = new Verdict[400 - FIRST_CACHED_SUCCESS];
        for (int i = 0; i < verdicts.length; i++) {
            verdicts[i] = success(FIRST_CACHED_SUCCESS + i);
        }
        return verdicts;
    }

    /** Whether a health check that got {@code status} passed: only a 2xx answer shows a healthy instance. */
    public boolean isHealthy(int status) {
        return status >= 200 && status < 300;
    }

    /** The verdict on an attempt that ended without a usable response. */
    public Verdict ofFailure(HttpMethod method, boolean keyed, Throwable failure) {
        Failure named = name(failure);
        boolean retryable = switch (named.outcome()) {
            case NOT_SENT -> true;
            case FAILED_AFTER_SEND -> replayIsSafe(method, keyed);
            default -> false;
        };
        return new Verdict(named.outcome(), retryable, BreakerCount.FAILURE, true, named.reason(), null);
    }

    /** A failure named once: how far the attempt got, and the reason text. */
    private record Failure(AttemptOutcome outcome, String reason) {}

    /** Walks the cause chain once for the first exception that tells what happened. */
    private static Failure name(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return new Failure(AttemptOutcome.NOT_SENT, "connect timeout");
            }
            if (t instanceof ConnectException) {
                return new Failure(AttemptOutcome.NOT_SENT, "connection refused");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new Failure(AttemptOutcome.NOT_SENT, "unknown host");
            }
            if (t instanceof HttpTimeoutException) {
                return new Failure(AttemptOutcome.FAILED_AFTER_SEND, "response timeout");
            }
            if (t instanceof SSLHandshakeException) {
                return new Failure(AttemptOutcome.PERMANENT_FAILURE, "TLS handshake failed (is the certificate trusted?)");
            }
            if (t instanceof ResponseDecodingException) {
                return new Failure(AttemptOutcome.FAILED_AFTER_SEND, "response body could not be decoded");
            }
        }
        String io = describeIo(failure);
        return io != null ? new Failure(AttemptOutcome.FAILED_AFTER_SEND, io)
                : new Failure(AttemptOutcome.PERMANENT_FAILURE, "unexpected " + failure.getClass().getSimpleName());
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

    private static boolean replayIsSafe(HttpMethod method, boolean keyed) {
        return method.isIdempotent() || keyed;
    }
}
