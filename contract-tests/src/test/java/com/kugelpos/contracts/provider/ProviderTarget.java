package com.kugelpos.contracts.provider;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider a verification runs against, and how its states are set up: the reference service
 * started in-process (with the upstreams it calls), states set up through Java
 * ({@link EmbeddedStates}); or, when {@code -Dpact.provider.<name>.url} (or {@code pact.provider.url})
 * is given, a provider that is already running there, states set up through its Pact state-change
 * URL ({@code -Dpact.provider.<name>.stateChangeUrl}, {@code pact.provider.stateChangeUrl} or the
 * environment's {@code PACT_PROVIDER_<NAME>_STATE_CHANGE_URL}, {@link StateChangeUrl}). Close it to stop what it started.
 */
final class ProviderTarget implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final String provider;
    private final URI url;
    private final ReferenceServices embedded;
    private final ServiceClients clients;
    private final ProviderStateSetup states;

    private ProviderTarget(String provider, URI url, ReferenceServices embedded, URI stateChangeUrl) {
        this.provider = provider;
        this.url = url;
        this.embedded = embedded;
        Map<String, List<URI>> endpoints = stateChangeUrl == null ? Map.of(provider, List.of(url))
                : Map.of(provider, List.of(url), "state-change", List.of(origin(stateChangeUrl)));
        this.clients = ServiceClients.builder()
                .settings(HttpClientSettings.builder()
                        .retry(r -> r.attempts(1)).timeouts(t -> t.call(CALL_TIMEOUT)).build())
                .resolver(ServiceResolver.fixed(endpoints))
                .build();
        this.states = embedded != null ? new EmbeddedStates(embedded)
                : new StateChangeUrl(clients.client("state-change"), stateChangeUrl);
    }

    /**
     * The provider {@code provider} (a Kugelpos service name): at the URL the system properties
     * name, else the reference services {@code inProcess} started here on random ports.
     *
     * @throws IllegalStateException when a URL is given without a state-change URL, or names another service
     */
    static ProviderTarget of(String provider, Service... inProcess) {
        Optional<String> given = property(provider, "url");
        if (given.isEmpty()) {
            ReferenceServices started = ReferenceServices.start(inProcess);
            return new ProviderTarget(provider, started.url(Service.byName(provider)), started, null);
        }
        String stateChange = property(provider, "stateChangeUrl").or(() -> stateChangeVariable(provider))
                .orElseThrow(() -> new IllegalStateException("Verifying " + provider + " at " + given.get()
                        + " needs its Pact state-change URL: set -Dpact.provider." + provider + ".stateChangeUrl=<url>"
                        + " (or -Dpact.provider.stateChangeUrl, or " + variable(provider) + "); the states it must set"
                        + " up are listed in contract-tests/README.md, \"Provider states\""));
        ProviderTarget target = new ProviderTarget(provider, URI.create(given.get()), null, URI.create(stateChange));
        target.requireIdentity();
        return target;
    }

    /** Where the provider listens, {@code http://host:port}. */
    URI url() {
        return url;
    }

    /** How this provider's states are set up. */
    ProviderStateSetup states() {
        return states;
    }

    /** The in-process states, for suites that alter the embedded provider on purpose. */
    EmbeddedStates embeddedStates() {
        if (embedded == null) {
            throw new IllegalStateException("The provider " + provider + " runs at " + url + ", not in-process");
        }
        return (EmbeddedStates) states;
    }

    /** Whether the provider is the embedded reference service (whose results are never published). */
    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        clients.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static Optional<String> property(String provider, String key) {
        String value = System.getProperty("pact.provider." + provider + "." + key, System.getProperty("pact.provider." + key));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** {@code PACT_PROVIDER_<NAME>_STATE_CHANGE_URL}, so that ./harness --provider-url runs can name it too. */
    private static Optional<String> stateChangeVariable(String provider) {
        String value = System.getenv(variable(provider));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String variable(String provider) {
        return "PACT_PROVIDER_" + provider.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_STATE_CHANGE_URL";
    }

    private static URI origin(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority());
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
