package com.kugelpos.http.internal.masking;

import com.kugelpos.http.testing.TerminalPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private static final String JWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzZXJ2aWNlOmNhcnQifQ.c2lnbmF0dXJlLV8x";

    private final Redactor redactor = Redactor.defaults();

    @Nested
    class Headers {

        @ParameterizedTest
        @ValueSource(strings = {"Authorization", "authorization", "PROXY-AUTHORIZATION", "X-API-Key", "X-API-KEY",
            "x-api-key", "Cookie", "set-cookie", "X-New-Token"})
        void shouldTreatHeaderAsSensitiveWhenNameMatchesIgnoringCase(String name) {
            assertThat(redactor.isSensitiveHeader(name)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Accept", "Content-Type", "X-Request-Id", "User-Agent"})
        void shouldNotTreatHeaderAsSensitiveWhenNameIsOrdinary(String name) {
            assertThat(redactor.isSensitiveHeader(name)).isFalse();
            assertThat(redactor.isSensitiveHeader(null)).isFalse();
        }

        @Test
        void shouldTreatHeaderAsSensitiveWhenAddedThroughBuilder() {
            Redactor custom = Redactor.builder().sensitiveHeaders("X-Tenant-Secret").build();

            assertThat(custom.isSensitiveHeader("x-tenant-secret")).isTrue();
            assertThat(custom.isSensitiveHeader("Authorization")).isTrue();
            assertThat(custom.headerValue("X-Tenant-Secret", "s3")).isEqualTo("****");
            assertThat(redactor.isSensitiveHeader("X-Tenant-Secret")).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Authorization       | Bearer " + JWT + "      | Bearer ****",
            "authorization       | Basic dXNlcjpwYXNz     | Basic ****",
            "Proxy-Authorization | Negotiate abc==        | Negotiate ****",
            "Authorization       | rawtoken               | ****",
            "X-API-KEY           | tk-123                 | ****",
            "Cookie              | sid=abc; theme=dark    | ****",
            "Set-Cookie          | sid=abc; HttpOnly      | ****",
            "X-New-Token         | " + JWT + "            | ****",
            "Accept              | application/json       | application/json",
            "Location            | /cb?token=abc&page=2   | /cb?token=****&page=2"})
        void shouldMaskHeaderValueWhenHeaderIsSensitive(String name, String value, String expected) {
            assertThat(redactor.headerValue(name, value)).isEqualTo(expected);
        }

        @Test
        void shouldRejectBlankNameWhenBuilding() {
            assertThatThrownBy(() -> Redactor.builder().secretFields(" ").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("secret name");
        }
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {"token", "access_token", "refresh_token", "id_token", "api_key", "apikey", "apiKey",
            "API-KEY", "key", "password", "pin", "staffPin", "staff_pin", "secret", "signature", "Access-Token",
            "api%5Fkey", "X-API-KEY"})
        void shouldMaskQueryValueWhenParameterNameIsSecret(String name) {
            String url = "http://terminal:8001/api/v1/terminals/T1-S1-1?terminal_id=T1-S1-1&" + name + "=s3cr3t&page=1";

            assertThat(redactor.url(url))
                    .isEqualTo("http://terminal:8001/api/v1/terminals/T1-S1-1?terminal_id=T1-S1-1&" + name + "=****&page=1");
        }

        @Test
        void shouldKeepUrlByteForByteWhenNothingIsSecret() {
            String url = "http://master-data:8002/api/v1/tenants/T1/items?limit=100&page=1&sort=a%3A1&flag&=x&&#top";

            assertThat(redactor.url(url)).isEqualTo(url);
        }

        @Test
        void shouldMaskUserInfoWhenUrlHasCredentials() {
            assertThat(redactor.url("http://user:pa55@master-data:8002/api/v1/items?page=1"))
                    .isEqualTo("http://****@master-data:8002/api/v1/items?page=1");
        }

        @Test
        void shouldMaskFragmentParameterWhenTokenIsInFragment() {
            assertThat(redactor.url("https://host/cb#access_token=abc&state=xyz"))
                    .isEqualTo("https://host/cb#access_token=****&state=xyz");
        }

        @Test
        void shouldMaskPathWithQueryWhenUrlIsRelative() {
            assertThat(redactor.url("/api/v1/stock?pin=1234")).isEqualTo("/api/v1/stock?pin=****");
            assertThat(redactor.url(null)).isNull();
        }
    }

    @Nested
    class Json {

        @Test
        void shouldMaskSecretFieldsWhenNestedInObjectsAndArrays() {
            String body = "{\"items\":[{\"pin\":1234},{\"PASSWORD\":null}],"
                    + "\"auth\":{\"token\":{\"a\":[1,2]},\"Api_Key\":[\"x\",\"y\"],\"jwt\":true},"
                    + "\"refresh_token\":\"r\",\"accessToken\":\"a\",\"secret\":1.5,\"ok\":true}";

            assertThat(redactor.json(body)).isEqualTo("{\"items\":[{\"pin\":\"****\"},{\"PASSWORD\":\"****\"}],"
                    + "\"auth\":{\"token\":\"****\",\"Api_Key\":\"****\",\"jwt\":\"****\"},"
                    + "\"refresh_token\":\"****\",\"accessToken\":\"****\",\"secret\":\"****\",\"ok\":true}");
        }

        @Test
        void shouldMaskApiKeyAndStaffPinWhenBodyIsTerminalResponse() {
            String masked = redactor.json(TerminalPayloads.TERMINAL_RESPONSE);

            assertThat(masked).doesNotContain(TerminalPayloads.SECRETS)
                    .contains("\"staff\":{\"staffId\":\"S01\",\"staffName\":\"Hanako\",\"staffPin\":\"****\"}")
                    .contains("\"apiKey\":\"****\"")
                    .contains("\"terminalNo\":1,", "\"initialAmount\":0.0,", "\"userError\":null,",
                            "\"operation\":\"get_terminal\"");
        }

        @Test
        void shouldKeepNumbersExactlyWhenCopyingTheDocument() {
            String body = "{\"amount\":1.10,\"big\":123456789012345678901234567890,\"neg\":-0.5,\"list\":[]}";

            assertThat(redactor.json(body)).isEqualTo(body);
        }

        @Test
        void shouldMaskTokenInsideStringValueWhenFieldIsOrdinary() {
            String body = "{\"message\":\"rejected Bearer abc123 for " + JWT + "\"}";

            assertThat(redactor.json(body)).isEqualTo("{\"message\":\"rejected Bearer **** for ****\"}");
        }

        @Test
        void shouldFallBackToTextWhenJsonIsTruncated() {
            assertThat(redactor.json("{\"data\":{\"apiKey\":\"tk-12")).isEqualTo("{\"data\":{\"apiKey\":\"****\"");
            assertThat(redactor.json("{\"staff\":{\"staffPin\":\"4711\"},\"x\":")).doesNotContain("4711");
        }

        @Test
        void shouldFallBackToTextWhenBodyIsNotJson() {
            assertThat(redactor.json("apiKey=tk-1&page=2")).isEqualTo("apiKey=****&page=2");
            assertThat(redactor.json("{\"a\":1} trailing pin=1234")).isEqualTo("{\"a\":1} trailing pin=****");
            assertThat(redactor.json("  ")).isEqualTo("  ");
            assertThat(redactor.json(null)).isNull();
        }

        @Test
        void shouldMaskFieldWhenAddedThroughBuilder() {
            Redactor custom = Redactor.builder().secretFields("cardNumber").build();

            assertThat(custom.json("{\"cardNumber\":\"4111\",\"pin\":1}"))
                    .isEqualTo("{\"cardNumber\":\"****\",\"pin\":\"****\"}");
        }
    }

    @Nested
    class Text {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Request failed: {\"apiKey\":\"tk-1\",\"name\":\"x\"}   | Request failed: {\"apiKey\":\"****\",\"name\":\"x\"}",
            "'password': 'p@ss w0rd'                                 | 'password': '****'",
            "apiKey = abc123, next                                   | apiKey = ****, next",
            "staffPin:4711                                           | staffPin:****",
            "\"pin\": 4711}                                          | \"pin\": ****}",
            "Authorization: Bearer abc.def                           | Authorization: Bearer ****",
            "X-API-KEY: tk-1                                         | X-API-KEY: ****",
            "login with Basic dXNlcjpwYXNz==                         | login with Basic ****",
            "GET http://u:p@h/x?token=abc&page=1 failed              | GET http://****@h/x?token=****&page=1 failed",
            "expired: " + JWT + " at 10:00                           | expired: **** at 10:00",
            "{\"message\":\"see refresh_token=abc\"}                 | {\"message\":\"see refresh_token=****\"}",
            "Connection refused: master-data:8002                    | Connection refused: master-data:8002"})
        void shouldMaskSecretWhenTextContainsIt(String text, String expected) {
            assertThat(redactor.text(text)).isEqualTo(expected);
        }

        @Test
        void shouldMaskSecretValueWhenQuotedValueIsCutOff() {
            assertThat(redactor.text("body: {\"password\":\"hunter2 and more")).isEqualTo("body: {\"password\":\"****\"");
        }

        @Test
        void shouldMaskEscapedPairWhenJsonIsEmbeddedInAString() {
            assertThat(redactor.text("payload=\"{\\\"apiKey\\\":\\\"tk-1\\\",\\\"n\\\":1}\""))
                    .isEqualTo("payload=\"{\\\"apiKey\\\":\\\"****\\\",\\\"n\\\":1}\"");
        }

        @Test
        void shouldMaskSecretValueWhenTextIsCutAfterBackslash() {
            assertThat(redactor.text("{\"token\":\"ab\\")).isEqualTo("{\"token\":\"****\"");
            assertThat(redactor.text("{\\\"token\\\":\\\"ab\\")).isEqualTo("{\\\"token\\\":\\\"****\\\"");
        }

        @Test
        void shouldKeepColonsOfSecretValueMaskedWhenValueIsUnquoted() {
            assertThat(redactor.text("password: pa:ss=word next")).isEqualTo("password: **** next");
        }

        @Test
        void shouldStayLinearWhenTextIsAdversarial() {
            String chained = "a:".repeat(100_000) + "token=abc";
            String unterminated = "k=\"" + "x=\\\"y ".repeat(50_000);

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThat(redactor.text(chained)).endsWith("token=****");
                assertThat(redactor.text(unterminated)).startsWith("k=\"");
            });
        }

        @Test
        void shouldReturnSameTextWhenNothingIsSecret() {
            String text = "HTTP 503 from cart after 3 attempts";

            assertThat(redactor.text(text)).isSameAs(text);
            assertThat(redactor.text(null)).isNull();
        }
    }

    @Nested
    class Truncate {

        @Test
        void shouldCutAndCountRestWhenTextIsLonger() {
            assertThat(Redactor.truncate("abcdef", 3)).isEqualTo("abc…(3 more chars)");
        }

        @Test
        void shouldKeepTextWhenItFits() {
            assertThat(Redactor.truncate("abc", 3)).isEqualTo("abc");
            assertThat(Redactor.truncate(null, 3)).isNull();
        }

        @Test
        void shouldNotSplitSurrogatePairWhenCutFallsInside() {
            assertThat(Redactor.truncate("a\uD83D\uDE00b", 2)).isEqualTo("a…(3 more chars)");
        }

        @Test
        void shouldRejectNegativeMaximumWhenTruncating() {
            assertThatThrownBy(() -> Redactor.truncate("abc", -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxChars");
        }
    }
}
