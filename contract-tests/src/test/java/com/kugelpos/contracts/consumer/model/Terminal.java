package com.kugelpos.contracts.consumer.model;

/**
 * A terminal as cart reads it (row 1): upstream's {@code kugel_common.security.transform_terminal_info}
 * builds its terminal info from these. The provider also sends secrets ({@code apiKey},
 * {@code staff.staffPin}), the signed-in staff and the cash amounts; cart's resolution does not need
 * them, so the contract does not ask for them.
 *
 * @param terminalId {@code <tenant>-<store>-<no>}
 * @param tenantId the tenant
 * @param storeCode the store
 * @param terminalNo the number within the store
 * @param status e.g. {@code Opened}
 * @param businessDate {@code yyyyMMdd}, or {@code null} before the first opening (upstream Optional)
 * @param openCounter opening count of the business date
 * @param businessCounter business count
 */
public record Terminal(String terminalId, String tenantId, String storeCode, int terminalNo, String status,
        String businessDate, int openCounter, int businessCounter) {}
