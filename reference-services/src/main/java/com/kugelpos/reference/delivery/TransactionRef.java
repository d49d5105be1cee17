package com.kugelpos.reference.delivery;

/**
 * Names one transaction of a terminal.
 *
 * @param tenantId the tenant
 * @param storeCode the store
 * @param terminalNo the terminal number
 * @param transactionNo the transaction number
 */
public record TransactionRef(String tenantId, String storeCode, int terminalNo, int transactionNo) {

    /** The terminal id {@code <tenant>-<store>-<no>}. */
    public String terminalId() {
        return tenantId + "-" + storeCode + "-" + terminalNo;
    }

    @Override
    public String toString() {
        return terminalId() + "#" + transactionNo;
    }
}
