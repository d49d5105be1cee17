package com.kugelpos.reference.auth;

/** The kinds of credentials a Kugelpos service accepts. */
public enum CredentialKind {
    /** Legacy terminal auth: {@code X-API-KEY} header plus {@code terminal_id} query. */
    API_KEY,
    /** Bearer user token from account: {@code sub, tenant_id, is_superuser}. */
    USER_TOKEN,
    /** Bearer service token: {@code sub: "service:<name>", tenant_id, service, is_service_account}. */
    SERVICE_TOKEN,
    /** Bearer terminal token from terminal {@code POST /auth/token}: {@code token_type: "terminal"}. */
    TERMINAL_TOKEN
}
