package com.kugelpos.http.internal;

import com.kugelpos.http.IncomingDeadline;
import com.kugelpos.http.tracing.TraceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that differ from attempt to attempt and are set over the caller's: the deadline left
 * for this attempt ({@value IncomingDeadline#HEADER}, whole milliseconds, at least 1) and the
 * attempt's W3C {@code traceparent}. Stateless.
 */
final class AttemptHeaders {

    private AttemptHeaders() {}

    /**
     * @param bound how long this attempt may take: the attempt bound, cut to the call's remaining deadline
     * @param span the attempt's span of the call's trace
     */
    static Map<String, String> of(Duration bound, TraceContext span) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(IncomingDeadline.HEADER, Long.toString(Math.max(1, bound.toMillis())));
        headers.put(TraceContext.HEADER, span.traceparent());
        return headers;
    }
}
