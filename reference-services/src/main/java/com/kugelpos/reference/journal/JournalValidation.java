package com.kugelpos.reference.journal;

import com.kugelpos.reference.http.JsonBody;

/** The field types of a journal body (row 14); each violation is a 422 naming the field. */
final class JournalValidation {

    private JournalValidation() {}

    /** Checks the required and optional fields of a journal. */
    static void check(JsonBody body) {
        body.integer("transactionType");
        body.text("businessDate");
        body.text("generateDateTime");
        body.integer("receiptNo");
        body.number("amount");
        body.integer("openCounter", 0);
        body.integer("businessCounter", 0);
        body.integer("quantity", 0);
        body.text("staffId", "");
        body.text("userId", "");
        body.text("journalText", "");
        body.text("receiptText", "");
    }
}
