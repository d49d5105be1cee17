package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An active promotion as cart reads it (row 4).
 *
 * @param promotionCode the code
 * @param promotionType e.g. {@code category_discount}
 * @param name the name
 * @param startDatetime ISO-8601 start
 * @param endDatetime ISO-8601 end
 * @param active whether it is active
 * @param detail what it applies to and how much
 */
public record Promotion(String promotionCode, String promotionType, String name, String startDatetime,
        String endDatetime, @JsonProperty("isActive") boolean active, Detail detail) {

    /**
     * @param targetStoreCodes the stores it applies in
     * @param targetCategoryCodes the categories it applies to
     * @param discountRate the discount in percent
     */
    public record Detail(List<String> targetStoreCodes, List<String> targetCategoryCodes, double discountRate) {}
}
