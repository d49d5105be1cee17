package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.tracing.TraceContext;
import com.kugelpos.http.tracing.TraceScope;

/** Makes a trace current only for what reads it: a log line or a user's listener. */
final class TraceScopes {

    private TraceScopes() {}

    /**
     * {@code trace} made current when {@code needed}, else null: try-with-resources skips a null
     * resource, so nothing is put into the MDC (a copy of its map per value) for nothing.
     */
    static TraceScope currentIf(boolean needed, TraceContext trace) {
        return needed ? trace.makeCurrent() : null;
    }
}
