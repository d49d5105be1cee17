package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CallPriority;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.internal.compression.RequestCompression;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The parts of a request that stay the same on every attempt: method, path template and its
 * parameters, query, body, the caller's headers (by case-insensitive name) and the idempotency key. Credentials
 * are asked for their headers on each attempt, so a refreshed token is used. Immutable, but for the
 * gzip-compressed body, which is made once, when first asked for.
 */
public final class PreparedRequest {

    /** The media type of every body the client sends and asks for. */
    static final String JSON = "application/json";

    private final HttpMethod method;
    private final String template;
    private final List<String> pathParams;
    private final List<Map.Entry<String, String>> query;
    /** The length of the encoded path and query, so each URL is built in a buffer of its size. */
    private final int pathAndQueryLength;
    private final byte[] body;
    private final Map<String, String> headers;
    private final Credentials credentials;
    private final String idempotencyKey;
    private final CallPriority priority;
    private volatile byte[] gzippedBody;

    private PreparedRequest(HttpMethod method, String template, List<String> pathParams,
            List<Map.Entry<String, String>> query, int pathAndQueryLength, byte[] body, Map<String, String> headers,
            Credentials credentials, String idempotencyKey, CallPriority priority) {
        this.method = method;
        this.template = template;
        this.pathParams = pathParams;
        this.query = query;
        this.pathAndQueryLength = pathAndQueryLength;
        this.body = body;
        this.headers = headers;
        this.credentials = credentials;
        this.idempotencyKey = idempotencyKey;
        this.priority = priority;
    }

    /**
     * @param body the encoded body, or null for none
     * @param defaultCredentials the client's credentials, used unless the options carry their own
     * @param newKey makes an idempotency key, when the options ask for a new one
     * @throws IllegalArgumentException when the path parameters do not fit the template
     */
    public static PreparedRequest of(HttpMethod method, String template, byte[] body, RequestOptions options,
            Credentials defaultCredentials, Supplier<String> newKey) {
        int pathAndQueryLength = PathTemplate.expandedLength(template, options.pathParams())
                + UrlEncoding.queryLength(options.query());
        Map<String, String> headers = byInsensitiveName(options.headers());
        String key = options.generatesIdempotencyKey()
                ? newKey.get()
                : options.idempotencyKey().orElse(headers.get(RequestOptions.IDEMPOTENCY_KEY_HEADER));
        return new PreparedRequest(method, template, options.pathParams(), options.query(), pathAndQueryLength, body,
                headers, options.credentials().orElse(defaultCredentials), key, options.priority());
    }

    /** {@code headers} as an unmodifiable map by case-insensitive name; most calls set none, and share one empty map. */
    private static Map<String, String> byInsensitiveName(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        named.putAll(headers);
        return Collections.unmodifiableMap(named);
    }

    /** A copy with one more header, e.g. {@code If-None-Match} for a conditional GET. */
    public PreparedRequest withHeader(String name, String value) {
        Map<String, String> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        more.putAll(headers);
        more.put(name, value);
        return new PreparedRequest(method, template, pathParams, query, pathAndQueryLength, body,
                Collections.unmodifiableMap(more), credentials, idempotencyKey, priority);
    }

    /** How important the call is under overload. */
    public CallPriority priority() {
        return priority;
    }

    /** Names this call in errors and events. */
    public CallDescription describe(String service) {
        return new CallDescription(service, method, template);
    }

    /** The path and query, e.g. {@code /api/v1/items?limit=10}, the same on every instance. */
    public String pathAndQuery() {
        return appendPathAndQuery(new StringBuilder(pathAndQueryLength)).toString();
    }

    /** The credentials whose headers go with each attempt. */
    public Credentials credentials() {
        return credentials;
    }

    /** The caller's headers, by case-insensitive name. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The value of a header the caller set, matched case-insensitively, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The method. */
    public HttpMethod method() {
        return method;
    }

    /** The path template, e.g. {@code /api/v1/tenants/{tenantId}}. */
    public String template() {
        return template;
    }

    /** The body as encoded, uncompressed; null for none. */
    byte[] body() {
        return body;
    }

    /** The body gzip-compressed, made on first use. */
    byte[] gzippedBody() {
        byte[] compressed = gzippedBody;
        if (compressed == null) {
            compressed = RequestCompression.gzip(body);
            gzippedBody = compressed;
        }
        return compressed;
    }

    /** The {@code Idempotency-Key}, if the request carries one. */
    Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Whether the request carries an {@code Idempotency-Key}. */
    public boolean hasIdempotencyKey() {
        return idempotencyKey != null;
    }

    /** The full URL on one instance of the service, built in one buffer of its length. */
    URI uri(URI base) {
        String root = base.toString();
        int rootLength = root.endsWith("/") ? root.length() - 1 : root.length();
        StringBuilder url = new StringBuilder(rootLength + pathAndQueryLength).append(root, 0, rootLength);
        return URI.create(appendPathAndQuery(url).toString());
    }

    private StringBuilder appendPathAndQuery(StringBuilder target) {
        return UrlEncoding.appendQuery(PathTemplate.appendExpanded(target, template, pathParams), query);
    }

    /** How long one attempt may take: the response bound, plus the write bound when there is a body. */
    Duration attemptBound(HttpClientSettings settings) {
        return body == null ? settings.timeouts().response() : settings.timeouts().response().plus(settings.timeouts().write());
    }
}
