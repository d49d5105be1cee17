package com.kugelpos.contracts.consumer.model;

/**
 * A terminal as cart reads it (row 1). The secrets the provider also sends ({@code apiKey},
 * {@code staff.staffPin}) are left out: cart does not use them, so the contract does not ask for them.
 *
 * @param terminalId {@code <tenant>-<store>-<no>}
 * @param tenantId the tenant
 * @param storeCode the store
 * @param terminalNo the number within the store
 * @param description free text
 * @param functionMode e.g. {@code Sales}
 * @param status e.g. {@code Opened}
 * @param businessDate {@code yyyyMMdd}
 * @param openCounter opening count of the business date
 * @param businessCounter business count
 * @param initialAmount cash at opening
 * @param physicalAmount counted cash
 * @param staff the signed-in staff
 * @param entryDatetime ISO-8601 creation time
 */
public record Terminal(String terminalId, String tenantId, String storeCode, int terminalNo, String description,
        String functionMode, String status, String businessDate, int openCounter, int businessCounter,
        double initialAmount, double physicalAmount, StaffRef staff, String entryDatetime) {

    /**
     * @param staffId the staff id
     * @param staffName the staff name
     */
    public record StaffRef(String staffId, String staffName) {}
}
