package com.kugelpos.http.internal.cache;

import com.kugelpos.http.Deadline;
import com.kugelpos.http.tracing.TraceContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two GETs identical for request collapsing: their cache key (path, query and
 * credentials object) and every header the caller set, but for the per-call {@code traceparent}
 * and deadline headers, which do not change the answer. Comparing all the caller's headers covers
 * every header a {@code Vary} could name. Immutable.
 */
record FlightKey(CacheKey key, Map<String, String> headers) {

    /** The key of a GET with {@code key} and the caller's {@code headers} (by case-insensitive name). */
    static FlightKey of(CacheKey key, Map<String, String> headers) {
        if (!headers.containsKey(TraceContext.HEADER) && !headers.containsKey(Deadline.HEADER)) {
            return new FlightKey(key, headers);
        }
        Map<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kept.putAll(headers);
        kept.remove(TraceContext.HEADER);
        kept.remove(Deadline.HEADER);
        return new FlightKey(key, kept);
    }
}
