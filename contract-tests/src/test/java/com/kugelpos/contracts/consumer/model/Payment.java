package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A payment method as cart and report read it (rows 3, 12).
 *
 * @param paymentCode the code
 * @param description the name
 * @param limitAmount the largest amount accepted
 * @param canRefund whether refunds are allowed
 * @param canDepositOver whether paying more than due is allowed
 * @param canChange whether change is given
 * @param active whether it can be used
 */
public record Payment(String paymentCode, String description, double limitAmount, boolean canRefund,
        boolean canDepositOver, boolean canChange, @JsonProperty("isActive") boolean active) {}
