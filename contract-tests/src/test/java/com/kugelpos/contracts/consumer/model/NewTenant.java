package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /tenants} (row 9), snake_case as the services expect.
 *
 * @param tenantId the tenant to create
 */
public record NewTenant(@JsonProperty("tenant_id") String tenantId) {}
