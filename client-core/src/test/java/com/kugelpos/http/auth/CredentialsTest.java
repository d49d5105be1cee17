package com.kugelpos.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln";
    private static final String KEY = "tk-9f8e7d6c";

    @Test
    void shouldSendBearerHeaderWhenTokenIsFixed() {
        Credentials credentials = Credentials.bearer(TOKEN);

        assertThat(credentials.headers()).containsExactly(Map.entry("Authorization", "Bearer " + TOKEN));
    }

    @Test
    void shouldAskSupplierOnEveryCallWhenTokenIsRefreshed() {
        List<String> tokens = List.of("first-token", "refreshed-token");
        AtomicInteger calls = new AtomicInteger();
        Credentials credentials = Credentials.bearer(() -> tokens.get(calls.getAndIncrement()));

        Map<String, String> first = credentials.headers();
        Map<String, String> second = credentials.headers();

        assertThat(first).containsEntry("Authorization", "Bearer first-token");
        assertThat(second).containsEntry("Authorization", "Bearer refreshed-token");
        assertThat(calls).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldFailClearlyWhenSupplierGivesBlankToken(String blank) {
        Credentials credentials = Credentials.bearer(() -> blank);

        assertThatThrownBy(credentials::headers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The bearer token from the token supplier is null or blank;"
                        + " check that the token or key was issued and configured");
    }

    @Test
    void shouldFailClearlyWhenSupplierGivesNull() {
        Supplier<String> nothing = () -> null;

        assertThatThrownBy(() -> Credentials.bearer(nothing).headers())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token supplier is null or blank");
    }

    @Test
    void shouldRejectWithoutRevealingTokenWhenSuppliedTokenHasLineBreak() {
        Credentials credentials = Credentials.bearer(() -> TOKEN + "\r\nX-Injected: 1");

        assertThatThrownBy(credentials::headers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line break (CR or LF)")
                .message().doesNotContain(TOKEN, "X-Injected");
    }

    @ParameterizedTest
    @ValueSource(strings = {TOKEN + "\n", "abc\rdef", "\nabc"})
    void shouldRejectWithoutRevealingTokenWhenFixedTokenHasLineBreak(String token) {
        assertThatThrownBy(() -> Credentials.bearer(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The bearer token contains a line break (CR or LF)")
                .message().doesNotContain(token.strip());
    }

    @Test
    void shouldRejectControlCharacterWhenKeyHasOne() {
        assertThatThrownBy(() -> Credentials.apiKey("tk\u0000x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The API key contains the control character U+0000 at index 2,"
                        + " which is not allowed in a header value");
    }

    @Test
    void shouldRejectBlankFixedTokenAndKeyWhenCreating() {
        assertThatThrownBy(() -> Credentials.bearer((String) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bearer token is null or blank");
        assertThatThrownBy(() -> Credentials.apiKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("API key is null or blank");
        assertThatThrownBy(() -> Credentials.bearer((Supplier<String>) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("tokenSupplier");
    }

    @Test
    void shouldSendUpperCaseApiKeyHeaderWhenApiKeyIsUsed() {
        assertThat(Credentials.apiKey(KEY).headers()).containsExactly(Map.entry("X-API-KEY", KEY));
    }

    @Test
    void shouldSendNoHeaderWhenCredentialsAreNone() {
        assertThat(Credentials.none().headers()).isEmpty();
        assertThat(Credentials.none()).hasToString("None");
    }

    @Test
    void shouldHideSecretWhenPrinted() {
        assertThat(Credentials.bearer(TOKEN)).hasToString("Bearer(****)");
        assertThat(Credentials.bearer(() -> TOKEN)).hasToString("Bearer(****)");
        assertThat(Credentials.apiKey(KEY)).hasToString("ApiKey(****)");
    }

    @Test
    void shouldReturnImmutableHeadersWhenCalled() {
        Map<String, String> headers = Credentials.apiKey(KEY).headers();

        assertThatThrownBy(() -> headers.put("X-Other", "1")).isInstanceOf(UnsupportedOperationException.class);
    }
}
