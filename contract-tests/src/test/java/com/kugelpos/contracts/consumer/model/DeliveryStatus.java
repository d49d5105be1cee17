package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a delivery-status POST (rows 10, 11), snake_case.
 *
 * @param eventId the UUID of the delivered event
 * @param service the reporting service, e.g. {@code journal}
 * @param status e.g. {@code received}
 * @param message free text, often empty
 */
public record DeliveryStatus(@JsonProperty("event_id") String eventId, String service, String status, String message) {}
