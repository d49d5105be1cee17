package com.kugelpos.chaos.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal service's own record of the journals it stored, read straight from the service (not
 * through the proxy): how many journals it holds for each receipt number.
 */
final class JournalLedger {

    private static final String ALL_JOURNALS =
            "/api/v1/tenants/T1/stores/S1/terminals/1/journals?terminal_id=T1-S1-1&limit=0";

    private JournalLedger() {}

    /** Journals stored per receipt number by the journal service at {@code journalUrl}. */
    static Map<Integer, Integer> read(URI journalUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(journalUrl.resolve(ALL_JOURNALS))
                .header("X-API-KEY", "ref-api-key-T1-S1-1")
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("journal list answered " + response.statusCode() + ": " + response.body());
        }
        Map<Integer, Integer> perReceipt = new TreeMap<>();
        for (JsonNode journal : new ObjectMapper().readTree(response.body()).path("data")) {
            perReceipt.merge(journal.path("receiptNo").asInt(), 1, Integer::sum);
        }
        return perReceipt;
    }
}
