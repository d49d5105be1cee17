package com.kugelpos.contracts.consumer.model;

/**
 * An item as report reads it from the item list (row 12).
 *
 * @param itemCode the code
 * @param description the name
 * @param unitPrice the price
 * @param categoryCode the category
 */
public record ItemSummary(String itemCode, String description, double unitPrice, String categoryCode) {}
