package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An item's details as cart reads them (row 2).
 *
 * @param itemCode the item code
 * @param description the name
 * @param unitPrice the tenant-wide price
 * @param unitCost the cost
 * @param storePrice the store's price
 * @param itemDetails free detail lines
 * @param imageUrls image links
 * @param categoryCode the category
 * @param taxCode the tax code
 * @param discountRestricted whether discounts are forbidden
 * @param deleted whether the item is deleted
 * @param entryDatetime ISO-8601 creation time
 * @param lastUpdateDatetime ISO-8601 last change
 */
public record ItemDetails(String itemCode, String description, double unitPrice, double unitCost, double storePrice,
        List<String> itemDetails, List<String> imageUrls, String categoryCode, String taxCode,
        @JsonProperty("isDiscountRestricted") boolean discountRestricted, @JsonProperty("isDeleted") boolean deleted,
        String entryDatetime, String lastUpdateDatetime) {}
