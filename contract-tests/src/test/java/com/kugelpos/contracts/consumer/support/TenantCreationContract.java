package com.kugelpos.contracts.consumer.support;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.contracts.consumer.model.NewTenant;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;
import java.util.Map;

/**
 * Row 9, the tenant fan-out: terminal creates a tenant on master-data, cart, report, journal and
 * stock with the same {@code POST /api/v1/tenants}, {@code {"tenant_id": ...}} and the user's own
 * bearer token (terminal/app/api/v1/tenant.py {@code create_tenant}). Terminal only checks the
 * status ({@code response.raise_for_status()}), so a 201 with {@code success: true} is all the
 * contract pins (upstream answers {@code code} 201 and {@code data.tenantId}). A body without
 * {@code tenant_id} gets 422 ({@code TenantCreateRequest.tenant_id} is required), a token no
 * service signed 401. Each callee has its own contract (one per consumer-provider pair); this class
 * holds the interactions and calls they share.
 */
public final class TenantCreationContract {

    /** The path of the call. */
    public static final String PATH = "/api/v1/tenants";

    private TenantCreationContract() {}

    /** The interaction: a user token of tenant T2 creates T2; 201. */
    public static V4Pact pact(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody();
        request.stringValue("tenant_id", ContractIds.NEW_TENANT);
        return JsonRequests.body(post(builder, "a request to create tenant T2"), request)
                .willRespondWith()
                .status(201)
                .body(Envelopes.accepted())
                .toPact(V4Pact.class);
    }

    /** The interaction with an empty body: 422. */
    public static V4Pact invalid(PactDslWithProvider builder) {
        return JsonRequests.body(post(builder, "a request to create a tenant without a tenant_id"), new PactDslJsonBody())
                .willRespondWith()
                .status(422)
                .body(Envelopes.error(UpstreamErrorCodes.VALIDATION_ERROR))
                .toPact(V4Pact.class);
    }

    /** The interaction with a user token the services did not sign: 401. */
    public static V4Pact unsigned(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody();
        request.stringValue("tenant_id", ContractIds.NEW_TENANT);
        PactDslRequestWithPath post = builder.given(ProviderStates.NEW_TENANT_ABSENT)
                .uponReceiving("a request to create tenant T2 with a user token the services did not sign")
                .method("POST")
                .path(PATH)
                .headers("Authorization", "Bearer " + ExampleCredentials.newTenantUserToken());
        return JsonRequests.body(post, request)
                .willRespondWith()
                .status(401)
                .body(Envelopes.error(UpstreamErrorCodes.AUTHENTICATION_ERROR))
                .toPact(V4Pact.class);
    }

    /** Creates tenant T2 on {@code provider} through client-core and checks the 201. */
    public static void createTenantAndAssert(MockServer server, String provider) {
        ServiceResponse response = PactClients.call(server, provider,
                client -> client.postBlocking(PATH, new NewTenant(ContractIds.NEW_TENANT), options()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.json().path("success").asBoolean()).isTrue();
    }

    /** Posts an empty body through client-core and checks the 422. */
    public static void createInvalidTenantAndAssert(MockServer server, String provider) {
        Failures.assertFails(server, provider, client -> client.postBlocking(PATH, Map.of(), options()),
                422, UpstreamErrorCodes.VALIDATION_ERROR);
    }

    /** Creates tenant T2 with the unsigned token through client-core and checks the 401. */
    public static void createTenantUnsignedAndAssert(MockServer server, String provider) {
        Failures.assertFails(server, provider,
                client -> client.postBlocking(PATH, new NewTenant(ContractIds.NEW_TENANT), options()),
                401, UpstreamErrorCodes.AUTHENTICATION_ERROR);
    }

    private static PactDslRequestWithPath post(PactDslWithProvider builder, String description) {
        return ExampleCredentials.bearer(
                builder.given(ProviderStates.NEW_TENANT_ABSENT)
                        .given(ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN)
                        .uponReceiving(description)
                        .method("POST")
                        .path(PATH),
                ExampleCredentials.newTenantUserToken());
    }

    private static RequestOptions options() {
        return RequestOptions.builder().credentials(Credentials.bearer(ExampleCredentials.newTenantUserToken())).build();
    }
}
