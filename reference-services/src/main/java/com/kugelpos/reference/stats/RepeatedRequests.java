package com.kugelpos.reference.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognises a request that arrives again byte for byte: the same route with the same {@code
 * traceparent} as a recent one. client-core gives every attempt a new span, so a repeat is a re-send
 * below the client, e.g. the JDK HTTP client sending a GET once more when a kept-alive connection
 * closed before the answer. Remembers the last {@value #REMEMBERED} traced requests (such a re-send
 * follows its original within seconds). Thread-safe.
 */
final class RepeatedRequests {

    /** How many recent traced requests are remembered. */
    static final int REMEMBERED = 100_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Records a request; true when the same route and {@code traceparent} came recently before. */
    synchronized boolean seenBefore(String routeKey, String traceparent) {
        return recent.put(routeKey + ' ' + traceparent, Boolean.TRUE) != null;
    }

    synchronized void clear() {
        recent.clear();
    }
}
