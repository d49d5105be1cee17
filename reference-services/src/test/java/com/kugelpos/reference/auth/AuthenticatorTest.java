package com.kugelpos.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.Stages;
import com.kugelpos.reference.testing.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final String SECRET = "unit-test-secret";
    private static final TerminalInfo TERMINAL = new TerminalInfo("T1-S1-1", "T1", "S1", 1, "key-1");

    private final MutableClock clock = MutableClock.fixed();
    private final Tokens tokens = new Tokens(SECRET, clock);
    private final Authenticator authenticator = new Authenticator(
            new ApiKeyAuth((id, key) -> CompletableFuture.completedFuture(
                    id.equals(TERMINAL.terminalId()) ? Optional.of(TERMINAL) : Optional.empty())),
            new TokenVerifier(SECRET, clock));

    private static ApiRequest request(Map<String, String> pathParams, Map<String, String> headers, String terminalId) {
        Map<String, List<String>> query = new HashMap<>();
        if (terminalId != null) {
            query.put("terminal_id", List.of(terminalId));
        }
        return new ApiRequest("GET", "/x", Map.of(), query, headers, new byte[0]).withPathParams(pathParams);
    }

    private Principal authenticate(ApiRequest request, AuthPolicy policy) {
        return authenticator.authenticate(request, policy).toCompletableFuture().join().principal();
    }

    private int failureStatus(ApiRequest request, AuthPolicy policy) {
        Throwable failure = catchThrowable(() -> authenticate(request, policy));
        assertThat(Stages.unwrap(failure)).isInstanceOf(ApiException.class);
        return ((ApiException) Stages.unwrap(failure)).status();
    }

    @Test
    void shouldAuthenticateTerminalWhenApiKeyMatches() {
        Principal principal = authenticate(
                request(Map.of("tenant_id", "T1"), Map.of("X-API-KEY", "key-1"), "T1-S1-1"), AuthPolicy.any());

        assertThat(principal.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(principal.tenantId()).isEqualTo("T1");
        assertThat(principal.toString()).doesNotContain("key-1");
    }

    @Test
    void shouldAnswer401WhenApiKeyIsWrong() {
        assertThat(failureStatus(request(Map.of(), Map.of("X-API-KEY", "other"), "T1-S1-1"), AuthPolicy.any()))
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer401WhenTerminalIdMissingForApiKey() {
        assertThat(failureStatus(request(Map.of(), Map.of("X-API-KEY", "key-1"), null), AuthPolicy.any()))
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer401WhenNoCredentials() {
        assertThat(failureStatus(request(Map.of(), Map.of(), null), AuthPolicy.any())).isEqualTo(401);
    }

    @Test
    void shouldAnswer400WhenPathTenantDiffersFromCredentials() {
        String token = tokens.serviceToken("journal", "T1");

        assertThat(failureStatus(
                request(Map.of("tenant_id", "T2"), Map.of("Authorization", "Bearer " + token), null), AuthPolicy.any()))
                .isEqualTo(400);
    }

    @Test
    void shouldAnswer400WhenTerminalIdTenantDiffersFromCredentials() {
        String token = tokens.serviceToken("journal", "T1");

        assertThat(failureStatus(
                request(Map.of("terminal_id", "T2-S1-1"), Map.of("Authorization", "Bearer " + token), null),
                AuthPolicy.any()))
                .isEqualTo(400);
    }

    @Test
    void shouldRecogniseEachTokenKindWhenClaimsSayIt() {
        Map<String, CredentialKind> expected = Map.of(
                tokens.userToken("T1", "admin", true), CredentialKind.USER_TOKEN,
                tokens.serviceToken("report", "T1"), CredentialKind.SERVICE_TOKEN,
                tokens.terminalToken(TERMINAL), CredentialKind.TERMINAL_TOKEN);

        expected.forEach((token, kind) -> assertThat(authenticate(
                request(Map.of(), Map.of("Authorization", "Bearer " + token), null), AuthPolicy.any()).kind())
                .isEqualTo(kind));
    }

    @Test
    void shouldAnswer401WhenTokenKindNotAccepted() {
        String token = tokens.userToken("T1", "admin", false);

        assertThat(failureStatus(request(Map.of(), Map.of("Authorization", "Bearer " + token), null),
                AuthPolicy.of(CredentialKind.SERVICE_TOKEN)))
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer401WhenTokenExpiredOnTheClock() {
        String token = tokens.serviceToken("journal", "T1");
        clock.advance(Tokens.SERVICE_TOKEN_LIFETIME.plus(Duration.ofSeconds(1)));

        assertThat(failureStatus(request(Map.of(), Map.of("Authorization", "Bearer " + token), null), AuthPolicy.any()))
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer401WhenTokenSignedWithOtherSecret() {
        String token = new Tokens("another-secret", clock).serviceToken("journal", "T1");

        assertThat(failureStatus(request(Map.of(), Map.of("Authorization", "Bearer " + token), null), AuthPolicy.any()))
                .isEqualTo(401);
    }

    @Test
    void shouldPassWithoutPrincipalWhenRouteIsOpen() {
        ApiRequest request = request(Map.of(), Map.of(), null);

        assertThat(authenticator.authenticate(request, AuthPolicy.none()).toCompletableFuture().join().principal())
                .isNull();
    }
}
