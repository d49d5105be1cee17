package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An item's details as cart reads them when an item is added (row 2, upstream
 * {@code CartService.add_item_to_cart_async}).
 *
 * @param itemCode the item code
 * @param description the name
 * @param unitPrice the tenant-wide price
 * @param storePrice the store's price, or {@code null} when the store does not override it
 * @param categoryCode the category
 * @param taxCode the tax code
 * @param discountRestricted whether discounts are forbidden
 */
public record ItemDetails(String itemCode, String description, double unitPrice, Double storePrice,
        String categoryCode, String taxCode, @JsonProperty("isDiscountRestricted") boolean discountRestricted) {}
