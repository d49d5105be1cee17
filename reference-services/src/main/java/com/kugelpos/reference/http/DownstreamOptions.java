package com.kugelpos.reference.http;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.tracing.TraceContext;

/**
 * What a request hands on to the calls a service makes for it: the rest of the caller's deadline
 * (as the downstream call's timeout, so the client sends what is left in {@code
 * X-Request-Deadline-Ms}) and the caller's W3C {@code traceparent}, so the downstream call joins the
 * caller's trace. Stateless.
 */
public final class DownstreamOptions {

    private DownstreamOptions() {}

    /** Options for a downstream call made while handling {@code request}; add the call's own to them. */
    public static RequestOptions.Builder from(ApiRequest request) {
        RequestOptions.Builder options = RequestOptions.builder();
        request.header(TraceContext.HEADER)
                .flatMap(TraceContext::parse)
                .ifPresent(trace -> options.header(TraceContext.HEADER, trace.traceparent()));
        request.deadline().ifPresent(deadline -> deadline.applyTo(options));
        return options;
    }
}
