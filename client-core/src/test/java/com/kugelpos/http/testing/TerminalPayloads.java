package com.kugelpos.http.testing;

import java.util.List;

/** A terminal response as in the interactions spec (#1), with its secrets, shared by the tests. */
public final class TerminalPayloads {

    public static final String API_KEY = "tk-9f8e7d6c5b4a";
    public static final String STAFF_PIN = "4711";

    public static final String TERMINAL_RESPONSE = "{\"success\": true, \"code\": 200, \"message\": \"ok\","
            + " \"userError\": null, \"data\": {\"terminalId\": \"T1-S1-1\", \"tenantId\": \"T1\","
            + " \"storeCode\": \"S1\", \"terminalNo\": 1, \"description\": \"front till\","
            + " \"functionMode\": \"Sales\", \"status\": \"Opened\", \"businessDate\": \"20250101\","
            + " \"openCounter\": 1, \"businessCounter\": 1, \"initialAmount\": 0.0, \"physicalAmount\": 0.0,"
            + " \"staff\": {\"staffId\": \"S01\", \"staffName\": \"Hanako\", \"staffPin\": \"" + STAFF_PIN + "\"},"
            + " \"apiKey\": \"" + API_KEY + "\", \"entryDatetime\": \"2025-01-01T09:00:00Z\"},"
            + " \"metadata\": null, \"operation\": \"get_terminal\"}";

    public static final List<String> SECRETS = List.of(API_KEY, STAFF_PIN);

    private TerminalPayloads() {
    }
}
