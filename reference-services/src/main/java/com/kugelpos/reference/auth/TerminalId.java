package com.kugelpos.reference.auth;

import com.kugelpos.reference.http.ApiException;

/**
 * A parsed terminal id {@code <tenant>-<store>-<no>}; the tenant and store may not contain '-',
 * the number is a positive integer.
 *
 * @param tenantId the tenant part
 * @param storeCode the store part
 * @param terminalNo the number part
 */
public record TerminalId(String tenantId, String storeCode, int terminalNo) {

    /**
     * Parses {@code value}.
     *
     * @throws ApiException 401 when it does not have the form {@code <tenant>-<store>-<no>}
     */
    public static TerminalId parse(String value) {
        String[] parts = value.split("-");
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw ApiException.unauthorized("terminal_id must have the form <tenant>-<store>-<no>, was '" + value + "'");
        }
        try {
            int number = Integer.parseInt(parts[2]);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return new TerminalId(parts[0], parts[1], number);
        } catch (NumberFormatException e) {
            throw ApiException.unauthorized("terminal_id must end in a positive terminal number, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return tenantId + "-" + storeCode + "-" + terminalNo;
    }
}
