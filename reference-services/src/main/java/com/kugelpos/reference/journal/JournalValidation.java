package com.kugelpos.reference.journal;

import com.kugelpos.reference.http.JsonBody;

/**
 * The field types of a journal body (row 14), after upstream's {@code BaseJournalSchema}: required
 * {@code tenantId, storeCode, terminalNo, transactionType, businessDate, openCounter,
 * businessCounter, generateDateTime, journalText, receiptText}; the rest optional and nullable.
 * Each violation is a 422 naming the field.
 */
final class JournalValidation {

    private JournalValidation() {}

    /** Checks the required and optional fields of a journal. */
    static void check(JsonBody body) {
        body.integer("transactionType");
        body.text("businessDate");
        body.integer("openCounter");
        body.integer("businessCounter");
        body.text("generateDateTime");
        body.text("journalText");
        body.text("receiptText");
        body.integer("transactionNo", 0);
        body.integer("receiptNo", 0);
        body.integer("quantity", 0);
        if (!body.isAbsent("amount")) {
            body.number("amount");
        }
        body.text("staffId", "");
        body.text("userId", "");
    }
}
