package com.kugelpos.contracts.consumer.model;

/**
 * A journal entry as report posts it to journal (row 14), camelCase.
 *
 * @param tenantId the tenant
 * @param storeCode the store
 * @param terminalNo the terminal number
 * @param transactionType the type code
 * @param businessDate {@code yyyyMMdd}
 * @param openCounter opening count
 * @param businessCounter business count
 * @param generateDateTime ISO-8601 time the report was generated
 * @param receiptNo the receipt number
 * @param amount the amount
 * @param quantity the quantity
 * @param staffId the staff
 * @param userId the user
 * @param journalText the journal text
 * @param receiptText the receipt text
 */
public record Journal(String tenantId, String storeCode, int terminalNo, int transactionType, String businessDate,
        int openCounter, int businessCounter, String generateDateTime, int receiptNo, double amount, int quantity,
        String staffId, String userId, String journalText, String receiptText) {}
