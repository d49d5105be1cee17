package com.kugelpos.contracts.consumer.model;

/**
 * An item category as report reads it (row 12).
 *
 * @param categoryCode the code
 * @param description the name
 */
public record Category(String categoryCode, String description) {}
