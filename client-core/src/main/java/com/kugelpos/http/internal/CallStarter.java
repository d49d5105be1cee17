package com.kugelpos.http.internal;

import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Starts logical calls on a service channel. */
public final class CallStarter {

    private CallStarter() {}

    /**
     * Prepares the request (failing at once on bad input) and starts its first attempt. The call
     * joins the trace of its own {@code traceparent} header, else the thread's current trace, else a
     * new one.
     */
    public static CompletableFuture<ServiceResponse> start(ServiceChannel channel, HttpMethod method, String path,
            byte[] body, RequestOptions options, Credentials credentials) {
        return start(channel, method, path, body, options, credentials, false);
    }

    /**
     * As {@link #start(ServiceChannel, HttpMethod, String, byte[], RequestOptions, Credentials)}; with
     * {@code cached}, a GET goes through the service's response cache first.
     */
    public static CompletableFuture<ServiceResponse> start(ServiceChannel channel, HttpMethod method, String path,
            byte[] body, RequestOptions options, Credentials credentials, boolean cached) {
        PreparedRequest request = PreparedRequest.of(method, path, body, options, credentials)
                .gzipBodyFrom(channel.context().settings().request().gzipMinBytes());
        TraceContext trace = TraceContext.parse(request.header(TraceContext.HEADER))
                .or(TraceContext::current)
                .orElseGet(TraceContext::generate);
        Duration budget = options.timeout().orElse(channel.context().settings().timeouts().call());
        if (cached && method == HttpMethod.GET) {
            return new CachedCall(channel, request).run(budget, trace);
        }
        return new CallExecution(channel, request, budget, trace).run();
    }
}
