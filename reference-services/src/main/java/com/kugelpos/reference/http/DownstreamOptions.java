package com.kugelpos.reference.http;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.tracing.TraceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request hands on to the calls a service makes for it: the rest of the caller's deadline
 * (as the downstream call's timeout, so the client sends what is left in {@code
 * X-Request-Deadline-Ms}), the caller's W3C {@code traceparent}, so the downstream call joins the
 * caller's trace, and the caller's {@value #PRIORITY_HEADER} as the downstream call's {@link
 * CallPriority}. Stateless.
 *
 * <p>{@value #PRIORITY_HEADER} is a knob of the reference services for load tests; upstream
 * Kugelpos has no such header. A load test sends {@code low} on the calls that may be shed first
 * under overload (e.g. report reads) and {@code high} on those that must keep going (e.g. sales
 * writes); client-core's adaptive concurrency sheds low-priority calls first. Without the header
 * the downstream call keeps client-core's default, {@link CallPriority#HIGH}.
 */
public final class DownstreamOptions {

    /** The optional incoming header that sets the priority of the downstream calls: {@code high} or {@code low}. */
    public static final String PRIORITY_HEADER = "X-Request-Priority";

    private DownstreamOptions() {}

    /**
     * Options for a downstream call made while handling {@code request}; add the call's own to them.
     *
     * @throws ApiException 400 when {@value #PRIORITY_HEADER} is neither {@code high} nor {@code low}
     *     (case-insensitive, surrounding spaces ignored)
     */
    public static RequestOptions.Builder from(ApiRequest request) {
        RequestOptions.Builder options = RequestOptions.builder();
        request.header(TraceContext.HEADER)
                .flatMap(TraceContext::parse)
                .ifPresent(trace -> options.header(TraceContext.HEADER, trace.traceparent()));
        request.deadline().ifPresent(deadline -> deadline.applyTo(options));
        priority(request).ifPresent(options::priority);
        return options;
    }

    private static Optional<CallPriority> priority(ApiRequest request) {
        return request.header(PRIORITY_HEADER).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "high" -> CallPriority.HIGH;
            case "low" -> CallPriority.LOW;
            default -> throw new ApiException(400, ErrorCodes.BAD_REQUEST,
                    PRIORITY_HEADER + " must be high or low (case-insensitive), was '" + value
                            + "'; leave it out for the default, high");
        });
    }
}
