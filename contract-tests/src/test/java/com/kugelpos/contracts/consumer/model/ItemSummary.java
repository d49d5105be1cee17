package com.kugelpos.contracts.consumer.model;

/**
 * An item as report reads it from the tenant's list (row 12, upstream report
 * {@code ItemMasterWebRepository.get_items}).
 *
 * @param itemCode the item code
 * @param categoryCode the category
 */
public record ItemSummary(String itemCode, String categoryCode) {}
