package com.kugelpos.reference.stats;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.io.ConnectionStatistics;

/**
 * Server-side truth of one reference service: requests by {@code "METHOD template"} and status,
 * repeated requests by route, records created by kind, and TCP connections from Jetty's {@link ConnectionStatistics}.
 * {@link #reset()} clears the counters, never the data. Thread-safe.
 */
public final class ServerStats {

    private final String service;
    private final ConnectionStatistics connections;
    private final Map<String, Map<Integer, LongAdder>> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> records = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> repeated = new ConcurrentHashMap<>();
    private final RepeatedRequests recentRequests = new RepeatedRequests();

    /**
     * @param service the service name shown in snapshots
     * @param connections the connector's connection statistics bean
     */
    public ServerStats(String service, ConnectionStatistics connections) {
        this.service = Objects.requireNonNull(service, "service");
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /**
     * Counts one answered request, and counts it as repeated if a recent request on the route had the
     * same {@code traceparent} ({@link StatsSnapshot#repeatedRequestCount}).
     *
     * @param traceparent the request's {@code traceparent} header, or {@code null} without one
     */
    public void countRequest(String routeKey, int status, String traceparent) {
        requests.computeIfAbsent(routeKey, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder())
                .increment();
        if (traceparent != null && recentRequests.seenBefore(routeKey, traceparent)) {
            repeated.computeIfAbsent(routeKey, k -> new LongAdder()).increment();
        }
    }

    /** Counts one created record of {@code kind} (e.g. {@code tenant}, {@code journal}). */
    public void countCreated(String kind) {
        records.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Clears request, record and connection counters (open connections stay counted as open). */
    public void reset() {
        requests.clear();
        records.clear();
        repeated.clear();
        recentRequests.clear();
        connections.reset();
    }

    /** A consistent-enough copy of all counters. */
    public StatsSnapshot snapshot() {
        Map<String, Map<Integer, Long>> requestCopy = new TreeMap<>();
        requests.forEach((route, byStatus) -> {
            Map<Integer, Long> statuses = new TreeMap<>();
            byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
            requestCopy.put(route, statuses);
        });
        return new StatsSnapshot(
                service,
                requestCopy,
                sums(repeated),
                sums(records),
                connections.getConnectionsTotal(),
                connections.getConnections(),
                connections.getConnectionsMax());
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }
}
