package com.kugelpos.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.error.InvalidResponseException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A response with a success status (1xx, 2xx, 3xx): error statuses complete the call with an {@link
 * com.kugelpos.http.error.HttpClientError} instead. The body is already decoded (gzip). A response
 * the response cache answered past its freshness (RFC 5861 {@code stale-while-revalidate} or {@code
 * stale-if-error}) says so with {@link #isStale()}. Immutable.
 */
public final class ServiceResponse {

    private final CallDescription call;
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final ObjectMapper mapper;
    private final boolean stale;

    /** Made by the client; public for tests of code that consumes responses. */
    public ServiceResponse(
            CallDescription call, int statusCode, Map<String, List<String>> headers, byte[] body, ObjectMapper mapper) {
        this(call, statusCode, headers, body, mapper, false);
    }

    /**
     * Made by the response cache, also for a stale answer; public for tests of code that consumes
     * responses.
     *
     * @param stale whether the response is a stored one past its freshness (see {@link #isStale()})
     */
    public ServiceResponse(CallDescription call, int statusCode, Map<String, List<String>> headers, byte[] body,
            ObjectMapper mapper, boolean stale) {
        this(call, statusCode, body, mapper, caseInsensitiveCopy(headers), stale);
    }

    /**
     * Made by the client from the headers as the JDK client received them, which are immutable and
     * looked up by case-insensitive name already, so they are kept without a copy.
     */
    public ServiceResponse(CallDescription call, int statusCode, HttpHeaders headers, byte[] body, ObjectMapper mapper) {
        this(call, statusCode, body, mapper, headers.map(), false);
    }

    private ServiceResponse(CallDescription call, int statusCode, byte[] body, ObjectMapper mapper,
            Map<String, List<String>> caseInsensitiveHeaders, boolean stale) {
        this.call = call;
        this.statusCode = statusCode;
        this.headers = caseInsensitiveHeaders;
        this.body = body;
        this.mapper = mapper;
        this.stale = stale;
    }

    private static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return Collections.unmodifiableMap(byName);
    }

    /** The HTTP status code. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Whether the response cache answered with a stored response past its freshness instead of
     * asking the service: within its {@code stale-while-revalidate} window (a background request
     * refreshes it), or within its {@code stale-if-error} window while the service failed or its
     * circuit breaker was open. A {@link com.kugelpos.http.event.CacheEvent} with the matching outcome
     * is published as well. False for every response the service sent for this call, and for fresh
     * cache hits.
     */
    public boolean isStale() {
        return stale;
    }

    /** All response headers, looked up by case-insensitive name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The decoded body bytes (a copy). */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON tree. */
    public JsonNode json() {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw invalid("is not valid JSON", e);
        }
    }

    /** The body mapped to {@code type}. */
    public <T> T json(Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw invalid("cannot be read as " + type.getSimpleName(), e);
        }
    }

    /** The body mapped to a generic type. */
    public <T> T json(TypeReference<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw invalid("cannot be read as " + type.getType().getTypeName(), e);
        }
    }

    /** The {@code data} member of the Kugelpos response envelope. */
    public JsonNode data() {
        JsonNode data = json().get("data");
        if (data == null) {
            throw invalid("has no 'data' member (not a Kugelpos envelope)", null);
        }
        return data;
    }

    /** The {@code data} member of the Kugelpos response envelope, mapped to {@code type}. */
    public <T> T data(Class<T> type) {
        try {
            return mapper.treeToValue(data(), type);
        } catch (JsonProcessingException e) {
            throw invalid("has a 'data' member that cannot be read as " + type.getSimpleName(), e);
        }
    }

    private InvalidResponseException invalid(String problem, Exception cause) {
        String detail = cause == null ? "" : ": " + cause.getClass().getSimpleName();
        return new InvalidResponseException(call, statusCode, "The response body of " + call + " " + problem + detail, cause);
    }

    @Override
    public String toString() {
        return "ServiceResponse{" + call + ", status=" + statusCode + ", " + body.length + " bytes" + (stale ? ", stale" : "") + '}';
    }
}
