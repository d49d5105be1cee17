package com.kugelpos.chaos.support;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real Kugelpos calls the chaos suites make through client-core, and the route keys under which
 * the reference services count them in {@code /_admin/stats}: GET item details from master-data
 * (safe to retry) and POST a journal to journal (creates a record; retried only with an
 * {@code Idempotency-Key}). Both authenticate as fixture terminal {@code T1-S1-1}.
 */
public final class KugelposCalls {

    /** master-data's route key of item details. */
    public static final String ITEM_ROUTE = "GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details";
    /** journal's route key of journal creation. */
    public static final String JOURNAL_ROUTE =
            "POST /api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/journals";
    /** The record kind journal counts for each journal created. */
    public static final String JOURNAL_RECORD = "journal";
    /** The item the GETs ask for. */
    public static final String ITEM_CODE = "ITEM1";

    private static final String ITEM_PATH = "/api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details";
    private static final String JOURNAL_PATH = "/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/journals";
    private static final String TERMINAL_ID = "T1-S1-1";
    private static final Credentials TERMINAL_KEY = Credentials.apiKey("ref-api-key-T1-S1-1");

    private KugelposCalls() {}

    /** GET the details of {@link #ITEM_CODE} with the settings' call deadline. */
    public static CompletableFuture<ServiceResponse> itemDetails(ServiceClient masterData) {
        return masterData.get(ITEM_PATH, terminal().pathParams("T1", "S1", ITEM_CODE).build());
    }

    /** GET the details of item {@code itemCode} with the settings' call deadline. */
    public static CompletableFuture<ServiceResponse> itemDetails(ServiceClient masterData, String itemCode) {
        return masterData.get(ITEM_PATH, terminal().pathParams("T1", "S1", itemCode).build());
    }

    /** GET the details of {@link #ITEM_CODE} with its own call deadline. */
    public static CompletableFuture<ServiceResponse> itemDetails(ServiceClient masterData, Duration deadline) {
        return masterData.get(ITEM_PATH, terminal().pathParams("T1", "S1", ITEM_CODE).timeout(deadline).build());
    }

    /**
     * POST journal number {@code receiptNo} of terminal 1.
     *
     * @param idempotencyKey the key sent on every attempt, or null to send none (then the POST is not retried
     *     once it may have reached the service)
     */
    public static CompletableFuture<ServiceResponse> postJournal(ServiceClient journal, int receiptNo, String idempotencyKey) {
        RequestOptions.Builder options = terminal().pathParams("T1", "S1", 1);
        if (idempotencyKey != null) {
            options.idempotencyKey(idempotencyKey);
        }
        return journal.post(JOURNAL_PATH, journalBody(receiptNo), options.build());
    }

    private static RequestOptions.Builder terminal() {
        return RequestOptions.builder().query("terminal_id", TERMINAL_ID).credentials(TERMINAL_KEY);
    }

    private static Map<String, Object> journalBody(int receiptNo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", "T1");
        body.put("storeCode", "S1");
        body.put("terminalNo", 1);
        body.put("transactionType", 101);
        body.put("businessDate", "20250101");
        body.put("openCounter", 1);
        body.put("businessCounter", 1);
        body.put("generateDateTime", "2025-01-01T10:00:00Z");
        body.put("receiptNo", receiptNo);
        body.put("amount", 300.0);
        body.put("journalText", "chaos journal " + receiptNo);
        body.put("receiptText", "chaos receipt " + receiptNo);
        return body;
    }
}
