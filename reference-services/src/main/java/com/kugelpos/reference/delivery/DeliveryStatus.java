package com.kugelpos.reference.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.JsonBody;

/**
 * The snake_case delivery-status body of rows 10 and 11:
 * {@code {"event_id", "service", "status", "message"}}.
 *
 * @param eventId the event's id (a UUID in the original)
 * @param service the reporting service, e.g. {@code journal}
 * @param status e.g. {@code received}, {@code published}, {@code failed}
 * @param message free text, may be empty
 */
public record DeliveryStatus(String eventId, String service, String status, String message) {

    /**
     * Parses a request body.
     *
     * @throws com.kugelpos.reference.http.ApiException 422 when a field is missing or mistyped
     */
    public static DeliveryStatus parse(byte[] body) {
        JsonBody json = JsonBody.parseObject(body);
        return new DeliveryStatus(
                json.text("event_id"), json.text("service"), json.text("status"), json.text("message", ""));
    }

    /** The request body in its snake_case wire form. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("event_id", eventId);
        node.put("service", service);
        node.put("status", status);
        node.put("message", message);
        return node;
    }

    /** The response data: {@code {"event_id", "service", "status", "success": true}}. */
    public ObjectNode echo() {
        ObjectNode node = Json.object();
        node.put("event_id", eventId);
        node.put("service", service);
        node.put("status", status);
        node.put("success", true);
        return node;
    }
}
