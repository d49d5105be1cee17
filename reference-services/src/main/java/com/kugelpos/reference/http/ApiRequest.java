package com.kugelpos.reference.http;

import com.kugelpos.http.Deadline;
import com.kugelpos.reference.auth.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An incoming request after routing: method, path, the route's path parameters, query, headers,
 * body, the caller's deadline (from {@code X-Request-Deadline-Ms}, counted from when the request
 * arrived) and, once authenticated, the caller. Immutable; {@link #withPrincipal} returns a copy.
 */
public final class ApiRequest {

    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Principal principal;
    private final Deadline deadline;

    /**
     * @param method the HTTP method
     * @param path the decoded request path
     * @param pathParams values of the route template's {@code {name}} segments
     * @param query query parameters, each with its values in order
     * @param headers request headers (first value of each, names case-insensitive)
     * @param body the raw body, empty when there is none
     */
    public ApiRequest(
            String method,
            String path,
            Map<String, String> pathParams,
            Map<String, List<String>> query,
            Map<String, String> headers,
            byte[] body) {
        this(method, path, pathParams, query, caseInsensitive(headers), body, null, null);
    }

    private ApiRequest(
            String method,
            String path,
            Map<String, String> pathParams,
            Map<String, List<String>> query,
            Map<String, String> headers,
            byte[] body,
            Principal principal,
            Deadline deadline) {
        this.method = method;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        this.query = Map.copyOf(query);
        this.headers = headers;
        this.body = body;
        this.principal = principal;
        this.deadline = deadline != null ? deadline
                : Deadline.fromHeader(headers.get(Deadline.HEADER)).orElse(null);
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return copy;
    }

    /** A copy of this request carrying the authenticated caller. */
    public ApiRequest withPrincipal(Principal caller) {
        return new ApiRequest(method, path, pathParams, query, headers, body, caller, deadline);
    }

    /** A copy of this request with the path parameters of the matched route. */
    public ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(method, path, params, query, headers, body, principal, deadline);
    }

    /** The deadline the caller sent, counting down since the request arrived; empty when none (or malformed). */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The decoded path. */
    public String path() {
        return path;
    }

    /** A path parameter of the route template; fails if the template has no such parameter. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("route has no path parameter {" + name + "}");
        }
        return value;
    }

    /**
     * An integer path parameter.
     *
     * @throws ApiException 422 when it is not an integer
     */
    public int pathInt(String name) {
        String value = pathParam(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("path parameter " + name + " must be an integer, was '" + value + "'");
        }
    }

    /** All path parameters. */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * An integer query parameter.
     *
     * @throws ApiException 422 when present but not an integer
     */
    public int queryInt(String name, int defaultValue) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("query parameter " + name + " must be an integer, was '" + value.get() + "'");
        }
    }

    /** The value of a request header, names case-insensitive. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The raw body; callers must not modify it. */
    public byte[] body() {
        return body;
    }

    /** The authenticated caller, or {@code null} on routes without authentication. */
    public Principal principal() {
        return principal;
    }

    /** {@code "METHOD path"}; never includes headers, query or body (they may hold secrets). */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
