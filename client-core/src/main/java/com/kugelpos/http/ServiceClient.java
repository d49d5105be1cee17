package com.kugelpos.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.internal.pipeline.ServiceChannel;
import com.kugelpos.http.CircuitState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Calls one Kugelpos service: the specification's {@code HttpClientHelper("master-data")}.
 *
 * <p>Get one from {@link ServiceClients#client(String)}. All clients of a service share its
 * connection pool and circuit breaker, so a client is cheap: keep one for the life of the
 * application, or use one in try-with-resources; {@link #close()} ends this handle only. Methods
 * return at once with a future; it completes with a {@link ServiceResponse} for 1xx–3xx statuses
 * and fails with an {@link com.kugelpos.http.error.HttpClientError} otherwise. Thread-safe.
 */
public final class ServiceClient implements AutoCloseable {

    private final ServiceChannel channel;
    private final Credentials credentials;
    private final boolean cached;
    private final AtomicBoolean closed = new AtomicBoolean();

    ServiceClient(ServiceChannel channel, Credentials credentials) {
        this(channel, credentials, false);
    }

    private ServiceClient(ServiceChannel channel, Credentials credentials, boolean cached) {
        this.channel = channel;
        this.credentials = credentials;
        this.cached = cached;
    }

    /** The service this client calls. */
    public String service() {
        return channel.service();
    }

    /** The channel of the service, shared by its clients; for tests in this package. */
    ServiceChannel channel() {
        return channel;
    }

    /** The state of the service's (shared) circuit breaker. */
    public CircuitState circuitState() {
        return channel.breaker().state();
    }

    /** A client of the same service that sends {@code credentials} unless a call gives its own. */
    public ServiceClient withCredentials(Credentials credentials) {
        return new ServiceClient(channel, credentials, cached);
    }

    /**
     * A client of the same service whose GETs go through the service's response cache (off by
     * default): a fresh stored response is used without a request, a stale one is revalidated with
     * {@code If-None-Match} when it has an {@code ETag}, and responses are stored as their {@code
     * Cache-Control}, {@code Expires} and {@code ETag} allow. The cache is shared by the clients of
     * the service that turn it on, bounded by {@code HttpClientSettings.responseCache()}, and keyed by
     * path, query and credentials object.
     */
    public ServiceClient withResponseCache() {
        return new ServiceClient(channel, credentials, true);
    }

    /** GET {@code path}. */
    public CompletableFuture<ServiceResponse> get(String path) {
        return send(HttpMethod.GET, path, null, RequestOptions.none());
    }

    /** GET {@code path} with options (path parameters, query, headers, credentials, deadline). */
    public CompletableFuture<ServiceResponse> get(String path, RequestOptions options) {
        return send(HttpMethod.GET, path, null, options);
    }

    /** POST {@code body} as JSON. Retried after it may have reached the server only with an idempotency key. */
    public CompletableFuture<ServiceResponse> post(String path, Object body) {
        return send(HttpMethod.POST, path, body, RequestOptions.none());
    }

    /** POST {@code body} as JSON, with options. */
    public CompletableFuture<ServiceResponse> post(String path, Object body, RequestOptions options) {
        return send(HttpMethod.POST, path, body, options);
    }

    /** PUT {@code body} as JSON, with options. */
    public CompletableFuture<ServiceResponse> put(String path, Object body, RequestOptions options) {
        return send(HttpMethod.PUT, path, body, options);
    }

    /** PATCH {@code body} as JSON, with options. Retried like POST. */
    public CompletableFuture<ServiceResponse> patch(String path, Object body, RequestOptions options) {
        return send(HttpMethod.PATCH, path, body, options);
    }

    /** DELETE {@code path}, with options. */
    public CompletableFuture<ServiceResponse> delete(String path, RequestOptions options) {
        return send(HttpMethod.DELETE, path, null, options);
    }

    /**
     * Sends a request.
     *
     * @param body null for none; {@code byte[]} and {@code String} are sent as they are (JSON text);
     *     anything else is written as JSON
     */
    public CompletableFuture<ServiceResponse> send(HttpMethod method, String path, Object body, RequestOptions options) {
        if (closed.get()) {
            throw new IllegalStateException("This client of service '" + service() + "' is closed; get a new one from ServiceClients");
        }
        return channel.call(method, path, encode(body), options, credentials, cached);
    }

    /** GET and wait: the blocking form of {@link #get(String, RequestOptions)}. */
    public ServiceResponse getBlocking(String path, RequestOptions options) {
        return await(get(path, options));
    }

    /** POST and wait: the blocking form of {@link #post(String, Object, RequestOptions)}. */
    public ServiceResponse postBlocking(String path, Object body, RequestOptions options) {
        return await(post(path, body, options));
    }

    /** Sends and waits: the blocking form of {@link #send}. */
    public ServiceResponse sendBlocking(HttpMethod method, String path, Object body, RequestOptions options) {
        return await(send(method, path, body, options));
    }

    /** Ends this handle; the shared pool and breaker stay for other clients of the service. */
    @Override
    public void close() {
        closed.set(true);
    }

    private byte[] encode(Object body) {
        if (body == null || body instanceof byte[]) {
            return (byte[]) body;
        }
        if (body instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return channel.context().mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body (a " + body.getClass().getName()
                    + ") cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ServiceResponse await(CompletableFuture<ServiceResponse> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "ServiceClient{service=" + service() + ", circuit=" + circuitState() + (cached ? ", cached" : "") + '}';
    }
}
