package com.kugelpos.http.internal.logging;

import com.kugelpos.http.internal.masking.Redactor;

import com.kugelpos.http.testing.TerminalPayloads;
import com.kugelpos.http.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpRequestLoggerTest {

    private static final String BEARER = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyMSJ9.Zm9vYmFyLXNpZw";
    private static final String NEW_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ0ZXJtaW5hbCI6MX0.bmV3LXRva2Vu";
    private static final String API_KEY_HEADER_VALUE = "hdr-key-31415";
    private static final String COOKIE = "sid=cookie-27182";
    private static final String QUERY_TOKEN = "qtok-16180";
    private static final String NESTED_TOKEN = "nested-tok-14142";
    private static final String PASSWORD = "pw-17320";
    private static final String ARRAY_PIN = "8642";

    private static final List<String> ALL_SECRETS = List.of(BEARER, NEW_TOKEN, API_KEY_HEADER_VALUE, COOKIE,
            "cookie-27182", QUERY_TOKEN, NESTED_TOKEN, PASSWORD, ARRAY_PIN, TerminalPayloads.API_KEY,
            TerminalPayloads.STAFF_PIN);

    private final HttpRequestLogger debugLogger = new HttpRequestLogger(Redactor.defaults(), true);

    @Test
    void shouldLogSpecFormatWithMaskedUrlWhenAttemptCompletes() {
        try (LogCapture log = new LogCapture(Level.INFO)) {
            new HttpRequestLogger(Redactor.defaults(), false)
                    .completed("GET", "http://master-data:8002/api/v1/items?token=" + QUERY_TOKEN + "&page=1", 200, 12);

            ILoggingEvent event = log.events().get(0);
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getLoggerName()).isEqualTo("com.kugelpos.http");
            assertThat(event.getFormattedMessage())
                    .isEqualTo("HTTP GET http://master-data:8002/api/v1/items?token=****&page=1 - 200 (12ms)");
        }
    }

    @Test
    void shouldLogFailureWithMaskedErrorWhenAttemptGotNoResponse() {
        try (LogCapture log = new LogCapture(Level.INFO)) {
            new HttpRequestLogger(Redactor.defaults(), false).failed("POST", "http://u:" + PASSWORD + "@cart:8003/x",
                    "Connection refused (Authorization: Bearer " + BEARER + ")", 3);

            assertThat(log.events()).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.INFO);
            assertThat(log.messages()).containsExactly(
                    "HTTP POST http://****@cart:8003/x - failed: Connection refused (Authorization: Bearer ****) (3ms)");
        }
    }

    @Test
    void shouldLogNothingWhenLevelIsOff() {
        try (LogCapture log = new LogCapture(Level.WARN)) {
            debugLogger.completed("GET", "/x", 200, 1);
            debugLogger.failed("GET", "/x", "boom", 1);
            debugLogger.debugRequest("GET", "/x", Map.of(), null, null);

            assertThat(log.events()).isEmpty();
        }
    }

    @Test
    void shouldNotLogDetailsWhenDebugModeIsOff() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            HttpRequestLogger logger = new HttpRequestLogger(Redactor.defaults(), false);

            logger.debugRequest("GET", "/x", Map.of("Accept", List.of("application/json")), null, null);
            logger.debugResponse(200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8), "application/json");

            assertThat(log.events()).isEmpty();
            assertThat(logger.isDebug()).isFalse();
        }
    }

    @Test
    void shouldLogMaskedHeadersAndBodyWhenDebugModeIsOn() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("Authorization", List.of("Bearer " + BEARER));
            headers.put("Accept", List.of("application/json"));

            debugLogger.debugRequest("POST", "/api/v1/tenants?token=" + QUERY_TOKEN, headers,
                    "{\"tenant_id\":\"T1\",\"password\":\"pw\"}".getBytes(StandardCharsets.UTF_8), "application/json");

            assertThat(log.events()).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.DEBUG);
            assertThat(log.messages()).containsExactly("HTTP POST /api/v1/tenants?token=**** request headers:"
                    + " {Authorization=[Bearer ****], Accept=[application/json]}"
                    + " body: {\"tenant_id\":\"T1\",\"password\":\"****\"}");
        }
    }

    @Test
    void shouldRevealNoSecretOfAnyKindWhenRequestAndResponseAreLogged() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
            requestHeaders.put("Authorization", List.of("Bearer " + BEARER));
            requestHeaders.put("X-API-KEY", List.of(API_KEY_HEADER_VALUE));
            requestHeaders.put("x-api-key", List.of(API_KEY_HEADER_VALUE));
            requestHeaders.put("Cookie", List.of(COOKIE));
            String requestBody = "{\"apiKey\":\"" + TerminalPayloads.API_KEY + "\",\"staff\":{\"staffPin\":\""
                    + TerminalPayloads.STAFF_PIN + "\"},\"credentials\":[{\"token\":\"" + NESTED_TOKEN
                    + "\"},{\"password\":\"" + PASSWORD + "\"},{\"pin\":" + ARRAY_PIN + "}]}";
            Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
            responseHeaders.put("Set-Cookie", List.of(COOKIE + "; HttpOnly", COOKIE + "; Path=/"));
            responseHeaders.put("X-New-Token", List.of(NEW_TOKEN));

            debugLogger.debugRequest("GET", "http://terminal:8001/api/v1/terminals/T1-S1-1?terminal_id=T1-S1-1&token="
                    + QUERY_TOKEN, requestHeaders, requestBody.getBytes(StandardCharsets.UTF_8), "application/json");
            debugLogger.debugResponse(200, responseHeaders,
                    TerminalPayloads.TERMINAL_RESPONSE.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
            debugLogger.debugResponse(401, Map.of(), ("token=" + NESTED_TOKEN + " jwt " + NEW_TOKEN)
                    .getBytes(StandardCharsets.UTF_8), "text/plain");
            debugLogger.completed("GET", "/x?access_token=" + QUERY_TOKEN, 200, 5);
            debugLogger.failed("GET", "/x", "rejected {\"apiKey\":\"" + TerminalPayloads.API_KEY + "\"} " + BEARER, 5);

            assertThat(log.events()).hasSize(5);
            assertThat(log.messages()).allSatisfy(message -> assertThat(message).doesNotContain(ALL_SECRETS));
            assertThat(log.rendered()).doesNotContain(ALL_SECRETS).contains("\"staffPin\":\"****\"",
                    "\"apiKey\":\"****\"", "X-New-Token=[****]", "Set-Cookie=[****, ****]", "X-API-KEY=[****]",
                    "\"terminalId\":\"T1-S1-1\"");
        }
    }

    @Test
    void shouldCapBodyWhenItIsLongerThanTheLimit() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            HttpRequestLogger logger = new HttpRequestLogger(Redactor.defaults(), true, 10);

            logger.debugResponse(200, Map.of(), "x".repeat(5000).getBytes(StandardCharsets.UTF_8), "text/plain");

            assertThat(log.messages()).containsExactly("HTTP response 200 headers: {} body: xxxxxxxxxx…(4990 more chars)");
        }
    }

    @Test
    void shouldCapBodyAtFourKibByDefault() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            debugLogger.debugResponse(200, null, "y".repeat(10_000).getBytes(StandardCharsets.UTF_8), null);

            assertThat(log.messages().get(0)).endsWith("y".repeat(4096) + "…(5904 more chars)");
        }
    }

    @Test
    void shouldSummariseBodyWhenItIsBinaryOrEmpty() {
        try (LogCapture log = new LogCapture(Level.DEBUG)) {
            debugLogger.debugResponse(200, null, new byte[] {1, 2, 3}, "image/png");
            debugLogger.debugResponse(204, null, new byte[0], null);

            assertThat(log.messages()).containsExactly("HTTP response 200 headers: {} body: [3 bytes of image/png]",
                    "HTTP response 204 headers: {} body: (empty)");
        }
    }
}
