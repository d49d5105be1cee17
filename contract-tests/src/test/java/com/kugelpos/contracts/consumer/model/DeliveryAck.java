package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code data} of a delivery-status answer (rows 10, 11): the status echoed, snake_case.
 *
 * @param eventId the event id sent
 * @param service the reporting service
 * @param status the status sent
 * @param success whether the status was recorded
 */
public record DeliveryAck(@JsonProperty("event_id") String eventId, String service, String status, boolean success) {}
