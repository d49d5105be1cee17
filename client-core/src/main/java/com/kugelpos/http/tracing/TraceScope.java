package com.kugelpos.http.tracing;

import org.slf4j.MDC;

/**
 * The time a {@link TraceContext} is current on one thread; {@link #close()} restores the context
 * and the MDC values that were there before. Use in try-with-resources on the thread that opened it.
 */
public final class TraceScope implements AutoCloseable {

    private final ThreadLocal<TraceContext> current;
    private final TraceContext previous;
    private final String previousTraceId;
    private final String previousSpanId;

    TraceScope(TraceContext context, ThreadLocal<TraceContext> current) {
        this.current = current;
        this.previous = current.get();
        this.previousTraceId = MDC.get(TraceContext.TRACE_ID_KEY);
        this.previousSpanId = MDC.get(TraceContext.SPAN_ID_KEY);
        current.set(context);
        MDC.put(TraceContext.TRACE_ID_KEY, context.traceId());
        MDC.put(TraceContext.SPAN_ID_KEY, context.spanId());
    }

    /** Restores the previous context and MDC values. */
    @Override
    public void close() {
        current.set(previous);
        restore(TraceContext.TRACE_ID_KEY, previousTraceId);
        restore(TraceContext.SPAN_ID_KEY, previousSpanId);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
