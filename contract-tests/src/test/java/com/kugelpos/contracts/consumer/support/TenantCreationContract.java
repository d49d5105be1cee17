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
import com.kugelpos.contracts.consumer.model.TenantCreated;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.auth.Credentials;

/**
 * Row 9, the tenant fan-out: terminal creates a tenant on master-data, cart, report, journal and
 * stock with the same {@code POST /api/v1/tenants}. Each callee has its own contract (one per
 * consumer-provider pair); this class holds the interaction and the call they share.
 */
public final class TenantCreationContract {

    /** The path of the call. */
    public static final String PATH = "/api/v1/tenants";

    private TenantCreationContract() {}

    /** The interaction: a user token of tenant T2 creates T2; 201 with {@code data.tenantId}. */
    public static V4Pact pact(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody();
        request.stringValue("tenant_id", ContractIds.NEW_TENANT);
        PactDslJsonBody created = new PactDslJsonBody();
        created.stringValue("tenantId", ContractIds.NEW_TENANT);
        PactDslRequestWithPath post = ExampleCredentials.bearer(
                builder.given(ProviderStates.NEW_TENANT_ABSENT)
                        .given(ProviderStates.HOLDS_NEW_TENANT_USER_TOKEN)
                        .uponReceiving("a request to create tenant T2")
                        .method("POST")
                        .path(PATH),
                ExampleCredentials.newTenantUserToken());
        return JsonRequests.body(post, request)
                .willRespondWith()
                .status(201)
                .body(Envelopes.success(201, created))
                .toPact(V4Pact.class);
    }

    /** Creates tenant T2 on {@code provider} through client-core and checks what it parsed. */
    public static void createTenantAndAssert(MockServer server, String provider) {
        try (ServiceClients clients = PactClients.against(server, provider)) {
            ServiceResponse response = clients.client(provider).postBlocking(PATH, new NewTenant(ContractIds.NEW_TENANT),
                    RequestOptions.builder()
                            .credentials(Credentials.bearer(ExampleCredentials.newTenantUserToken()))
                            .build());

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.data(TenantCreated.class)).isEqualTo(new TenantCreated(ContractIds.NEW_TENANT));
        }
    }
}
