package com.kugelpos.contracts.consumer.model;

/**
 * A payment method as cart reads it when a payment is added (row 3, upstream
 * {@code AbstractPayment} and {@code TranService}); report reads the code and description (row 12).
 *
 * @param paymentCode the payment code
 * @param description the name
 * @param canDepositOver whether more than the balance may be paid
 * @param canChange whether change is given
 */
public record Payment(String paymentCode, String description, boolean canDepositOver, boolean canChange) {}
