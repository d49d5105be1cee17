package com.kugelpos.reference.auth;

/**
 * What authentication needs to know about a terminal. {@link #toString()} masks the API key.
 *
 * @param terminalId {@code <tenant>-<store>-<no>}
 * @param tenantId the tenant
 * @param storeCode the store
 * @param terminalNo the terminal number
 * @param apiKey the terminal's API key (a secret)
 */
public record TerminalInfo(String terminalId, String tenantId, String storeCode, int terminalNo, String apiKey) {

    @Override
    public String toString() {
        return "TerminalInfo[" + terminalId + ", apiKey=***]";
    }
}
