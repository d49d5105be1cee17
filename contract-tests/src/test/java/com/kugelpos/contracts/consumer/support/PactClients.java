package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.MockServer;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the client-core registry that a consumer test calls the Pact mock server with: the
 * provider's service name resolves to the mock server, the rest of the settings are the defaults
 * with short timeouts.
 */
public final class PactClients {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private PactClients() {}

    /** A registry whose {@code provider} is the mock server; default retries. */
    public static ServiceClients against(MockServer server, String provider) {
        return build(server, provider, settings().build());
    }

    /**
     * A registry whose {@code provider} is the mock server and that makes one attempt per call: a
     * contract holds one answer per request, so an answer that would be retried (503) is pinned
     * with a single attempt.
     */
    public static ServiceClients singleAttempt(MockServer server, String provider) {
        return build(server, provider, settings().retry(r -> r.attempts(1)).build());
    }

    /** Calls {@code provider} on the mock server through a fresh registry with default retries. */
    public static <T> T call(MockServer server, String provider, Function<ServiceClient, T> call) {
        try (ServiceClients clients = against(server, provider)) {
            return call.apply(clients.client(provider));
        }
    }

    /** Calls {@code provider} on the mock server through a fresh registry that makes one attempt. */
    public static <T> T callOnce(MockServer server, String provider, Function<ServiceClient, T> call) {
        try (ServiceClients clients = singleAttempt(server, provider)) {
            return call.apply(clients.client(provider));
        }
    }

    private static HttpClientSettings.Builder settings() {
        return HttpClientSettings.builder()
                .timeouts(t -> t.connect(CALL_TIMEOUT).response(CALL_TIMEOUT).call(CALL_TIMEOUT));
    }

    private static ServiceClients build(MockServer server, String provider, HttpClientSettings settings) {
        return ServiceClients.builder()
                .settings(settings)
                .resolver(ServiceResolver.fixed(Map.of(provider, List.of(URI.create(server.getUrl())))))
                .build();
    }
}
