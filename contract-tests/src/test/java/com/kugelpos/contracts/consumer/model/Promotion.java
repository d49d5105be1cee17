package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An active promotion as cart reads it (row 4, upstream {@code PromotionMasterDocument.from_api_response}
 * and the category promotion plugin).
 *
 * @param promotionCode the promotion code
 * @param promotionType e.g. {@code category_discount}
 * @param name the promotion's name
 * @param startDatetime {@code YYYY-MM-DDTHH:MM:SS}, no zone
 * @param endDatetime {@code YYYY-MM-DDTHH:MM:SS}, no zone
 * @param active whether it is active
 * @param detail the category discount
 */
public record Promotion(String promotionCode, String promotionType, String name, String startDatetime,
        String endDatetime, @JsonProperty("isActive") boolean active, Detail detail) {

    /**
     * @param targetCategoryCodes the categories it applies to
     * @param discountRate the discount in percent
     */
    public record Detail(List<String> targetCategoryCodes, double discountRate) {}
}
