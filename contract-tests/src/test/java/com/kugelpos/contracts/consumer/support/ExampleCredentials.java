package com.kugelpos.contracts.consumer.support;

import com.kugelpos.contracts.ProviderStates;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The credentials a contract's requests carry. The consumer tests send the example values written
 * here; the provider verification sends real ones, generated from the value its credential state
 * returns ({@code headerFromProviderState}), so a contract never holds a working secret.
 */
public final class ExampleCredentials {

    /** The example API key of terminal T1-S1-1 (not a working key). */
    public static final String API_KEY = "example-api-key-T1-S1-1";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ExampleCredentials() {}

    /** {@code X-API-KEY} of terminal T1-S1-1, from {@link ProviderStates#HOLDS_TERMINAL_API_KEY}. */
    public static PactDslRequestWithPath apiKey(PactDslRequestWithPath request) {
        return request.headerFromProviderState("X-API-KEY", "${" + ProviderStates.API_KEY + "}", API_KEY);
    }

    /** {@code Authorization: Bearer} with the token of a token state, the example {@code token} at the consumer. */
    public static PactDslRequestWithPath bearer(PactDslRequestWithPath request, String exampleToken) {
        return request.headerFromProviderState(
                "Authorization", "Bearer ${" + ProviderStates.TOKEN + "}", "Bearer " + exampleToken);
    }

    /** An example terminal token of T1-S1-1: JWT-shaped, with an invalid signature. */
    public static String terminalToken() {
        return jwt("{\"sub\":\"T1-S1-1\",\"tenant_id\":\"T1\",\"store_code\":\"S1\",\"terminal_no\":1,"
                + "\"terminal_id\":\"T1-S1-1\",\"token_type\":\"terminal\"}");
    }

    /** An example service token of {@code service} for tenant T1: JWT-shaped, with an invalid signature. */
    public static String serviceToken(String service) {
        return jwt("{\"sub\":\"service:" + service + "\",\"tenant_id\":\"T1\",\"service\":\"" + service
                + "\",\"is_service_account\":true}");
    }

    /** An example user token for tenant T2: JWT-shaped, with an invalid signature. */
    public static String newTenantUserToken() {
        return jwt("{\"sub\":\"admin\",\"tenant_id\":\"T2\",\"is_superuser\":true}");
    }

    private static String jwt(String claims) {
        return encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims) + "." + encode("example-signature");
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
