package com.kugelpos.http.internal;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The parts of a request that stay the same on every attempt: method, path template, path and
 * query, body, headers and the idempotency key. Credentials are asked for their headers on each
 * attempt, so a refreshed token is used. Immutable.
 */
public final class PreparedRequest {

    private static final String JSON = "application/json";

    private final HttpMethod method;
    private final String template;
    private final String pathAndQuery;
    private final byte[] body;
    private final byte[] plainBody;
    private final Map<String, String> headers;
    private final Credentials credentials;
    private final String idempotencyKey;

    private PreparedRequest(HttpMethod method, String template, String pathAndQuery, byte[] body, byte[] plainBody,
            Map<String, String> headers, Credentials credentials, String idempotencyKey) {
        this.method = method;
        this.template = template;
        this.pathAndQuery = pathAndQuery;
        this.body = body;
        this.plainBody = plainBody;
        this.headers = headers;
        this.credentials = credentials;
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * @param body the encoded body, or null for none
     * @param defaultCredentials the client's credentials, used unless the options carry their own
     */
    public static PreparedRequest of(HttpMethod method, String template, byte[] body, RequestOptions options,
            Credentials defaultCredentials) {
        String path = PathTemplate.expand(template, options.pathParams());
        Map<String, String> headers = new LinkedHashMap<>(options.headers());
        String key = options.generatesIdempotencyKey()
                ? UUID.randomUUID().toString()
                : options.idempotencyKey().orElseGet(() -> headerIgnoringCase(headers, RequestOptions.IDEMPOTENCY_KEY_HEADER));
        return new PreparedRequest(method, template, path + queryString(options.query()), body, body, headers,
                options.credentials().orElse(defaultCredentials), key);
    }

    /**
     * This request with its body gzip-compressed when it has at least {@code minBytes} bytes (0 =
     * never) and the caller set no {@code Content-Encoding} of its own.
     */
    PreparedRequest gzipBodyFrom(int minBytes) {
        if (body == null || !RequestCompression.applies(body.length, minBytes)
                || headerIgnoringCase(headers, "Content-Encoding") != null) {
            return this;
        }
        Map<String, String> compressedHeaders = new LinkedHashMap<>(headers);
        compressedHeaders.put("Content-Encoding", RequestCompression.GZIP);
        return new PreparedRequest(method, template, pathAndQuery, RequestCompression.gzip(body), body,
                compressedHeaders, credentials, idempotencyKey);
    }

    /** A copy with one more header, e.g. {@code If-None-Match} for a conditional GET. */
    PreparedRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PreparedRequest(method, template, pathAndQuery, body, plainBody, more, credentials, idempotencyKey);
    }

    /** The path and query, e.g. {@code /api/v1/items?limit=10}, the same on every instance. */
    String pathAndQuery() {
        return pathAndQuery;
    }

    /** The credentials whose headers go with each attempt. */
    Credentials credentials() {
        return credentials;
    }

    /** The value of a header set for this call, matched case-insensitively, or null. */
    String header(String name) {
        return headerIgnoringCase(headers, name);
    }

    /** The method. */
    public HttpMethod method() {
        return method;
    }

    /** The path template, e.g. {@code /api/v1/tenants/{tenantId}}. */
    public String template() {
        return template;
    }

    /** Whether the request carries an {@code Idempotency-Key}. */
    public boolean hasIdempotencyKey() {
        return idempotencyKey != null;
    }

    /** The full URL on one instance of the service. */
    URI uri(URI base) {
        String root = base.toString();
        if (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return URI.create(root + pathAndQuery);
    }

    /** How long one attempt may take: the response bound, plus the write bound when there is a body. */
    Duration attemptBound(HttpClientSettings settings) {
        return body == null ? settings.timeouts().response() : settings.timeouts().response().plus(settings.timeouts().write());
    }

    /** @param attemptHeaders set last, over the caller's: the attempt's deadline and trace headers */
    HttpRequest toHttpRequest(URI uri, Duration timeout, ClientContext context, Map<String, String> attemptHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", context.settings().request().userAgent())
                .header("Accept", JSON)
                .header("Accept-Encoding", ContentDecoding.acceptEncoding());
        if (body != null) {
            builder.header("Content-Type", JSON);
        }
        headers.forEach(builder::setHeader);
        credentials.headers().forEach(builder::setHeader);
        if (idempotencyKey != null) {
            builder.setHeader(RequestOptions.IDEMPOTENCY_KEY_HEADER, idempotencyKey);
        }
        attemptHeaders.forEach(builder::setHeader);
        builder.method(method.name(), body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpRequest request = builder.build();
        if (context.settings().logging().debug()) {
            context.requestLogger().debugRequest(method.name(), uri.toString(), request.headers().map(),
                    plainBody, plainBody == null ? null : JSON);
        }
        return request;
    }

    private static String headerIgnoringCase(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    private static String queryString(List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : query) {
            text.append(text.length() == 0 ? '?' : '&')
                    .append(encode(parameter.getKey()))
                    .append('=')
                    .append(encode(parameter.getValue()));
        }
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
