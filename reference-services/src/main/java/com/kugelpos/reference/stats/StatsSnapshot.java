package com.kugelpos.reference.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.http.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * A copy of one service's counters, as served by {@code GET /_admin/stats}.
 *
 * @param service the service name
 * @param requests answered requests by {@code "METHOD template"}, then by status
 * @param repeatedRequests of those, by route, the requests that came again with the {@code
 *     traceparent} of a recent one: re-sent below the client that made them
 * @param recordsCreated created records by kind
 * @param connectionsAccepted TCP connections accepted since start or reset
 * @param connectionsOpen TCP connections open now
 * @param connectionsMaxOpen the most TCP connections open at once since start or reset
 */
public record StatsSnapshot(
        String service,
        Map<String, Map<Integer, Long>> requests,
        Map<String, Long> repeatedRequests,
        Map<String, Long> recordsCreated,
        long connectionsAccepted,
        long connectionsOpen,
        long connectionsMaxOpen) {

    /** Copies the maps so the snapshot is immutable. */
    public StatsSnapshot {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        requests.forEach((route, byStatus) -> copy.put(route, Map.copyOf(byStatus)));
        requests = Map.copyOf(copy);
        repeatedRequests = Map.copyOf(repeatedRequests);
        recordsCreated = Map.copyOf(recordsCreated);
    }

    /** Requests answered on {@code routeKey} ({@code "GET /api/v1/..."}) with any status. */
    public long requestCount(String routeKey) {
        return requests.getOrDefault(routeKey, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Requests answered on {@code routeKey} with {@code status}. */
    public long requestCount(String routeKey, int status) {
        return requests.getOrDefault(routeKey, Map.of()).getOrDefault(status, 0L);
    }

    /**
     * Requests on {@code routeKey} that repeated a recent request's {@code traceparent}: for a client
     * that gives every attempt its own span (client-core does), requests re-sent below the client.
     */
    public long repeatedRequestCount(String routeKey) {
        return repeatedRequests.getOrDefault(routeKey, 0L);
    }

    /** All counted requests. */
    public long totalRequests() {
        return requests.keySet().stream().mapToLong(this::requestCount).sum();
    }

    /** Records of {@code kind} created. */
    public long recordsCreated(String kind) {
        return recordsCreated.getOrDefault(kind, 0L);
    }

    /** The JSON form served by {@code GET /_admin/stats}. */
    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        root.put("service", service);
        ObjectNode requestNode = root.putObject("requests");
        new TreeMap<>(requests).forEach((route, byStatus) -> {
            ObjectNode statuses = requestNode.putObject(route);
            new TreeMap<>(byStatus).forEach((status, count) -> statuses.put(String.valueOf(status), count));
        });
        root.put("requestsTotal", totalRequests());
        ObjectNode repeatedNode = root.putObject("repeatedRequests");
        new TreeMap<>(repeatedRequests).forEach(repeatedNode::put);
        ObjectNode recordNode = root.putObject("recordsCreated");
        new TreeMap<>(recordsCreated).forEach(recordNode::put);
        ObjectNode connectionNode = root.putObject("connections");
        connectionNode.put("accepted", connectionsAccepted);
        connectionNode.put("open", connectionsOpen);
        connectionNode.put("maxOpen", connectionsMaxOpen);
        return root;
    }

    /** Reads the JSON form, e.g. from a standalone service's {@code GET /_admin/stats}. */
    public static StatsSnapshot fromJson(JsonNode json) {
        Map<String, Map<Integer, Long>> requests = new TreeMap<>();
        for (Map.Entry<String, JsonNode> route : json.path("requests").properties()) {
            Map<Integer, Long> statuses = new TreeMap<>();
            route.getValue().properties().forEach(
                    status -> statuses.put(Integer.parseInt(status.getKey()), status.getValue().asLong()));
            requests.put(route.getKey(), statuses);
        }
        JsonNode connections = json.path("connections");
        return new StatsSnapshot(
                json.path("service").asText(),
                requests,
                counts(json.path("repeatedRequests")),
                counts(json.path("recordsCreated")),
                connections.path("accepted").asLong(),
                connections.path("open").asLong(),
                connections.path("maxOpen").asLong());
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new TreeMap<>();
        object.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
