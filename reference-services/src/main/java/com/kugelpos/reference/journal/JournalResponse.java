package com.kugelpos.reference.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.http.Json;

/**
 * The {@code data} of a created journal as upstream answers it: its response model dumped without
 * aliases, so snake_case ({@code tenant_id}, {@code journal_text}, ...), every field present and
 * {@code null} where the request left it out.
 */
final class JournalResponse {

    private JournalResponse() {}

    /** The snake_case answer for the stored camelCase {@code journal}. */
    static ObjectNode of(ObjectNode journal) {
        ObjectNode data = Json.object();
        copy(journal, data, "tenantId", "tenant_id");
        copy(journal, data, "storeCode", "store_code");
        copy(journal, data, "terminalNo", "terminal_no");
        copy(journal, data, "transactionNo", "transaction_no");
        data.put("journal_seq_no", -1);
        copy(journal, data, "transactionType", "transaction_type");
        copy(journal, data, "businessDate", "business_date");
        copy(journal, data, "openCounter", "open_counter");
        copy(journal, data, "businessCounter", "business_counter");
        copy(journal, data, "generateDateTime", "generate_date_time");
        copy(journal, data, "receiptNo", "receipt_no");
        copy(journal, data, "amount", "amount");
        copy(journal, data, "quantity", "quantity");
        copy(journal, data, "staffId", "staff_id");
        copy(journal, data, "userId", "user_id");
        data.put("content", "please refer to receipt_text field");
        copy(journal, data, "journalText", "journal_text");
        copy(journal, data, "receiptText", "receipt_text");
        return data;
    }

    private static void copy(ObjectNode from, ObjectNode to, String camel, String snake) {
        JsonNode value = from.get(camel);
        to.set(snake, value == null ? Json.MAPPER.nullNode() : value.deepCopy());
    }
}
