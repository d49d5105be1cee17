package com.kugelpos.contracts.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.fixtures.Fixtures;
import java.net.URI;
import java.util.Map;

/**
 * Sets up provider states through the admin endpoints of the reference services: records of the
 * reference fixtures put or removed, tenants removed, forced statuses. Works the same against the
 * in-process provider and one running elsewhere; a provider without these endpoints (the Python
 * services) fails the state with a message saying so.
 */
final class ProviderAdmin {

    private static final DataStore FIXTURES = Fixtures.load();

    private final ServiceClient provider;
    private final URI url;

    ProviderAdmin(ServiceClient provider, URI url) {
        this.provider = provider;
        this.url = url;
    }

    /** Puts the fixture record {@code key} of {@code table} for {@code tenant}, as the reference fixtures hold it. */
    ProviderAdmin putFixture(String table, String tenant, String key) {
        return putRecord(table, tenant, key, fixture(table, tenant, key));
    }

    /** Puts {@code record} under {@code key} of {@code table} for {@code tenant}. */
    ProviderAdmin putRecord(String table, String tenant, String key, ObjectNode record) {
        call(HttpMethod.POST, "/_admin/data/{table}/{tenant}/{key}", record, table, tenant, key);
        return this;
    }

    /** The fixture record {@code key} of {@code table} for {@code tenant}, a copy to alter. */
    static ObjectNode fixture(String table, String tenant, String key) {
        return FIXTURES.table(table).get(tenant, key).orElseThrow(() -> new IllegalArgumentException(
                "The reference fixtures have no " + table + " record " + key + " for tenant " + tenant)).deepCopy();
    }

    /** Removes the record {@code key} of {@code table} for {@code tenant}, if there is one. */
    ProviderAdmin removeRecord(String table, String tenant, String key) {
        call(HttpMethod.DELETE, "/_admin/data/{table}/{tenant}/{key}", null, table, tenant, key);
        return this;
    }

    /** Forgets {@code tenant} and its records, if it exists. */
    ProviderAdmin removeTenant(String tenant) {
        call(HttpMethod.DELETE, "/_admin/tenants/{tenant}", null, tenant);
        return this;
    }

    /** Answers every request under {@code pathPrefix} with {@code status} and {@code Retry-After}, until cleared. */
    ProviderAdmin forceStatus(String pathPrefix, int status, int retryAfterSeconds) {
        call(HttpMethod.POST, "/_admin/behaviour",
                Map.of("pathPrefix", pathPrefix, "status", status, "retryAfterSeconds", retryAfterSeconds));
        return this;
    }

    /** Removes all forced behaviours. */
    ProviderAdmin clearBehaviours() {
        call(HttpMethod.DELETE, "/_admin/behaviour", null);
        return this;
    }

    private void call(HttpMethod method, String path, Object body, Object... pathParams) {
        try {
            provider.sendBlocking(method, path, body, RequestOptions.builder().pathParams(pathParams).build());
        } catch (HttpClientError e) {
            throw new IllegalStateException("Cannot set up the provider state at " + url + ": " + method + " " + path
                    + " answered " + e.statusCode() + ". States need the admin endpoints of the Kugelpos reference"
                    + " services (reference-services/README.md); against other providers set the data up by hand.", e);
        }
    }
}
