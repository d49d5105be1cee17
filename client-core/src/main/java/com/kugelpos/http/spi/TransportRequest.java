package com.kugelpos.http.spi;

import com.kugelpos.http.HttpMethod;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One HTTP request as the pipeline prepared it: every header set, the body encoded (and compressed
 * when the call asked for it). The body array is not copied; no one may change it. The pipeline
 * hands its headers over as a map without copying them; {@link #headers()} makes the JDK's {@link
 * HttpHeaders} of them only for a transport that asks. Immutable and thread-safe.
 */
public final class TransportRequest {

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, List<String>> headerMap;
    private final byte[] body;
    private final Duration timeout;
    /** Made from {@link #headerMap} on first use; a race makes two equal copies, which is harmless. */
    private volatile HttpHeaders headers;

    /**
     * @param uri the full URL on the chosen instance
     * @param headers every request header
     * @param body the body, or null for none
     * @param timeout how long this attempt may take, the call's remaining deadline included
     */
    public TransportRequest(HttpMethod method, URI uri, HttpHeaders headers, byte[] body, Duration timeout) {
        this(method, uri, Objects.requireNonNull(headers, "headers").map(), body, timeout);
        this.headers = headers;
    }

    private TransportRequest(HttpMethod method, URI uri, Map<String, List<String>> headerMap, byte[] body,
            Duration timeout) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headerMap = Collections.unmodifiableMap(Objects.requireNonNull(headerMap, "headers"));
        this.body = body;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * A request whose headers are {@code headers}, taken as they are: a map by case-insensitive name
     * (e.g. a {@code TreeMap} with {@link String#CASE_INSENSITIVE_ORDER}) that no one changes
     * afterwards, with no null name, list or value.
     */
    public static TransportRequest of(HttpMethod method, URI uri, Map<String, List<String>> headers, byte[] body,
            Duration timeout) {
        return new TransportRequest(method, uri, headers, body, timeout);
    }

    /** The method. */
    public HttpMethod method() {
        return method;
    }

    /** The full URL on the chosen instance. */
    public URI uri() {
        return uri;
    }

    /** Every request header, as the JDK's {@link HttpHeaders} (made on first use). */
    public HttpHeaders headers() {
        HttpHeaders made = headers;
        if (made == null) {
            made = HttpHeaders.of(headerMap, (name, value) -> true);
            headers = made;
        }
        return made;
    }

    /** Every request header, names to values, unmodifiable and not copied. */
    public Map<String, List<String>> headerMap() {
        return headerMap;
    }

    /** Gives each header value to {@code action} with its name, a name once per value, without copying. */
    public void forEachHeader(BiConsumer<String, String> action) {
        headerMap.forEach(new EachValue(action));
    }

    /** Gives each value of a header to an action with the header's name: one object for all headers. */
    private record EachValue(BiConsumer<String, String> action) implements BiConsumer<String, List<String>> {

        @Override
        public void accept(String name, List<String> values) {
            for (String value : values) {
                action.accept(name, value);
            }
        }
    }

    /** The body, or null for none. */
    public byte[] body() {
        return body;
    }

    /** How long this attempt may take, the call's remaining deadline included. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether the request has a body. */
    public boolean hasBody() {
        return body != null;
    }

    /** The method and URL; never the headers, which may carry credentials. */
    @Override
    public String toString() {
        return method + " " + uri;
    }
}
