package com.kugelpos.contracts.consumer.model;

/**
 * A terminal as report reads it from a store's terminal list (row 13).
 *
 * @param terminalId {@code <tenant>-<store>-<no>}
 * @param storeCode the store
 * @param terminalNo the number
 * @param description free text
 * @param status e.g. {@code Opened}
 */
public record TerminalSummary(String terminalId, String storeCode, int terminalNo, String description, String status) {}
