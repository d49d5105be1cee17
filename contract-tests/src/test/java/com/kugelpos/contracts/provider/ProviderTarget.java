package com.kugelpos.contracts.provider;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.auth.Tokens;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The provider a verification runs against: the reference service started in-process (with the
 * upstreams it calls), or, when {@code -Dpact.provider.<name>.url} or {@code -Dpact.provider.url}
 * is given, a provider that is already running there. It hands out what the credential states
 * need (tokens signed with the provider's secret, the API key of T1-S1-1) and a client of the
 * provider's admin endpoints. Close it to stop what it started.
 */
final class ProviderTarget implements AutoCloseable {

    /** The API key of terminal T1-S1-1 in the reference fixtures. */
    static final String FIXTURE_API_KEY = "ref-api-key-T1-S1-1";

    private final String provider;
    private final URI url;
    private final ReferenceServices started;
    private final Tokens tokens;
    private final String apiKey;
    private final ServiceClients clients;

    private ProviderTarget(String provider, URI url, ReferenceServices started, Tokens tokens, String apiKey) {
        this.provider = provider;
        this.url = url;
        this.started = started;
        this.tokens = tokens;
        this.apiKey = apiKey;
        this.clients = ServiceClients.builder()
                .settings(HttpClientSettings.builder()
                        .retry(r -> r.attempts(1)).timeouts(t -> t.call(Duration.ofSeconds(10))).build())
                .resolver(ServiceResolver.fixed(Map.of(provider, List.of(url))))
                .build();
    }

    /**
     * The provider {@code provider} (a Kugelpos service name): at the URL the system properties
     * name, else the reference services {@code inProcess} started here on random ports.
     */
    static ProviderTarget of(String provider, Service... inProcess) {
        String given = System.getProperty("pact.provider." + provider + ".url", System.getProperty("pact.provider.url"));
        if (given != null && !given.isBlank()) {
            ProviderTarget target = new ProviderTarget(provider, URI.create(given.trim()), null,
                    new Tokens(System.getProperty("pact.provider.secret", ReferenceServices.DEFAULT_SECRET), Clock.systemUTC()),
                    System.getProperty("pact.provider.apiKey", FIXTURE_API_KEY));
            target.requireIdentity();
            return target;
        }
        ReferenceServices services = ReferenceServices.start(inProcess);
        return new ProviderTarget(provider, services.url(Service.byName(provider)), services, services.tokens(),
                FIXTURE_API_KEY);
    }

    /** Where the provider listens, {@code http://host:port}. */
    URI url() {
        return url;
    }

    /** Issues tokens the provider accepts. */
    Tokens tokens() {
        return tokens;
    }

    /** The API key of terminal T1-S1-1 at this provider. */
    String apiKey() {
        return apiKey;
    }

    /** The provider's admin endpoints, which the data states use. */
    ProviderAdmin admin() {
        return new ProviderAdmin(clients.client(provider), url);
    }

    @Override
    public void close() {
        clients.close();
        if (started != null) {
            started.close();
        }
    }

    /** A running reference service names itself in {@code /health}: refuse one that is another service. */
    private void requireIdentity() {
        ServiceResponse health = clients.client(provider).getBlocking("/health", RequestOptions.none());
        String service = health.json().path("service").asText("");
        if (!service.isEmpty() && !service.equals(provider)) {
            throw new IllegalStateException("The provider at " + url + " is '" + service + "', but this suite verifies '"
                    + provider + "': run only its suite (-Dit.test=...ProviderPactIT) or set -Dpact.provider."
                    + provider + ".url");
        }
    }
}
