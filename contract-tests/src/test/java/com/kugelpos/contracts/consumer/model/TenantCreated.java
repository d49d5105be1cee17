package com.kugelpos.contracts.consumer.model;

/**
 * The answer of {@code POST /tenants} (row 9).
 *
 * @param tenantId the created tenant
 */
public record TenantCreated(String tenantId) {}
