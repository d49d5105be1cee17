package com.kugelpos.http.internal.logging;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.internal.masking.Redactor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the client's request log lines to the SLF4J logger {@value com.kugelpos.http.ServiceClients#LOGGER_NAME}, with every URL,
 * header, body and error message masked by a {@link Redactor}.
 *
 * <p>At INFO, one line per attempt in the specification's format
 * {@code HTTP {method} {url} - {status} ({duration}ms)}, or {@code - failed: {error}} for an attempt
 * without a response. At DEBUG, only when constructed with {@code debug = true} (the
 * specification's {@code debug=True}), the request and response headers and bodies, bodies cut to
 * a maximum length. Nothing is masked or formatted when the level is off. Thread-safe.
 */
public final class HttpRequestLogger {


    /** The default maximum length of a body shown at DEBUG (4 KiB). */
    public static final int DEFAULT_MAX_BODY_CHARS = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    private final Redactor redactor;
    private final boolean debug;
    private final BodyPreview bodies;

    /** A logger with bodies at DEBUG cut to {@value #DEFAULT_MAX_BODY_CHARS} characters. */
    public HttpRequestLogger(Redactor redactor, boolean debug) {
        this(redactor, debug, DEFAULT_MAX_BODY_CHARS);
    }

    /**
     * A logger with bodies at DEBUG cut to {@code maxBodyChars} characters.
     *
     * @throws IllegalArgumentException if {@code maxBodyChars} is negative
     */
    public HttpRequestLogger(Redactor redactor, boolean debug, int maxBodyChars) {
        if (maxBodyChars < 0) {
            throw new IllegalArgumentException("maxBodyChars must be 0 or more, was " + maxBodyChars);
        }
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.debug = debug;
        this.bodies = new BodyPreview(redactor, maxBodyChars);
    }

    /** Whether request and response details are logged at DEBUG. */
    public boolean isDebug() {
        return debug;
    }

    /** Whether this logger writes any line: INFO is on, or debug mode with DEBUG on. */
    public boolean isEnabled() {
        return LOG.isInfoEnabled() || (debug && LOG.isDebugEnabled());
    }

    /** Logs a completed attempt at INFO: {@code HTTP GET http://host/path - 200 (12ms)}. */
    public void completed(String method, String url, int status, long durationMillis) {
        if (LOG.isInfoEnabled()) {
            LOG.info("HTTP {} {} - {} ({}ms)", method, redactor.url(url), status, durationMillis);
        }
    }

    /** Logs an attempt that got no response at INFO: {@code HTTP GET url - failed: <error> (12ms)}. */
    public void failed(String method, String url, String error, long durationMillis) {
        if (LOG.isInfoEnabled()) {
            LOG.info("HTTP {} {} - failed: {} ({}ms)", method, redactor.url(url), redactor.text(error),
                    durationMillis);
        }
    }

    /**
     * Logs an outgoing request's headers and body at DEBUG, if this logger is in debug mode.
     *
     * @param headers     header names to their values; may be null
     * @param body        the body as sent; may be null
     * @param contentType the body's {@code Content-Type}, which picks JSON or text masking; may be null
     */
    public void debugRequest(String method, String url, Map<String, List<String>> headers, byte[] body,
            String contentType) {
        if (debug && LOG.isDebugEnabled()) {
            LOG.debug("HTTP {} {} request headers: {} body: {}", method, redactor.url(url), headers(headers),
                    bodies.render(body, contentType));
        }
    }

    /**
     * Logs a response's headers and body at DEBUG, if this logger is in debug mode.
     *
     * @param headers     header names to their values; may be null
     * @param body        the decoded body; may be null
     * @param contentType the body's {@code Content-Type}; may be null
     */
    public void debugResponse(int status, Map<String, List<String>> headers, byte[] body, String contentType) {
        if (debug && LOG.isDebugEnabled()) {
            LOG.debug("HTTP response {} headers: {} body: {}", status, headers(headers),
                    bodies.render(body, contentType));
        }
    }

    /** The headers with masked values, rendered like a map: {@code {Accept=[application/json]}}. */
    private Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> shown.put(name, values == null ? List.of()
                    : values.stream().map(value -> redactor.headerValue(name, value)).collect(Collectors.toList())));
        }
        return shown;
    }
}
