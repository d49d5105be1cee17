package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import com.kugelpos.contracts.ContractIds;
import com.kugelpos.contracts.ProviderStates;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.auth.Credentials;

/**
 * The two ways upstream's web repositories authenticate a call made on behalf of terminal
 * T1-S1-1: {@code if jwt_token: Authorization: Bearer <terminal token>, else X-API-KEY plus the
 * terminal_id query parameter} (e.g. cart's item_master_web_repository.py, commons'
 * staff_master_web_repository.py). A contract of such a call has one interaction per variant.
 */
public enum TerminalAuth {

    /** {@code X-API-KEY} of T1-S1-1 and {@code terminal_id=T1-S1-1}. */
    LEGACY("with the terminal's API key"),
    /** {@code Authorization: Bearer} with a terminal token of T1-S1-1, no {@code terminal_id}. */
    TERMINAL_TOKEN("with a terminal token");

    private final String label;

    TerminalAuth(String label) {
        this.label = label;
    }

    /**
     * The request of an interaction: {@code description} plus this variant's label, after
     * {@code dataState} and this variant's credential state; {@code query} is what the caller sends
     * besides {@code terminal_id} (empty for none).
     */
    public PactDslRequestWithPath request(PactDslWithProvider builder, String dataState, String description,
            String method, String path, String query) {
        boolean legacy = this == LEGACY;
        PactDslRequestWithPath request = builder.given(dataState)
                .given(legacy ? ProviderStates.HOLDS_TERMINAL_API_KEY : ProviderStates.HOLDS_TERMINAL_TOKEN)
                .uponReceiving(description + " " + label)
                .method(method)
                .path(path);
        String legacyQuery = "terminal_id=" + ContractIds.TERMINAL_ID;
        String fullQuery = legacy ? (query.isEmpty() ? legacyQuery : query + "&" + legacyQuery) : query;
        if (!fullQuery.isEmpty()) {
            request = request.query(fullQuery);
        }
        return legacy ? ExampleCredentials.apiKey(request)
                : ExampleCredentials.bearer(request, ExampleCredentials.terminalToken());
    }

    /** Client-core options sending this variant's example credentials (and {@code terminal_id} for LEGACY). */
    public RequestOptions.Builder options(Object... pathParams) {
        RequestOptions.Builder options = RequestOptions.builder().pathParams(pathParams);
        if (this == LEGACY) {
            return options.query("terminal_id", ContractIds.TERMINAL_ID)
                    .credentials(Credentials.apiKey(ExampleCredentials.API_KEY));
        }
        return options.credentials(Credentials.bearer(ExampleCredentials.terminalToken()));
    }
}
