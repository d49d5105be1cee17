package com.kugelpos.http.testing;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Builds client registries pointed at local test servers, with short, test-friendly settings. */
public final class Clients {

    private Clients() {}

    /** Settings with a tiny backoff, so real-time tests retry at once. */
    public static HttpClientSettings.Builder fastSettings() {
        return HttpClientSettings.builder()
                .retry(r -> r.backoffBase(Duration.ofMillis(2)).backoffMax(Duration.ofMillis(10)))
                .timeouts(t -> t.attempt(Duration.ofSeconds(5)).call(Duration.ofSeconds(10)));
    }

    /** A registry whose service "master-data" is the given server. */
    public static ServiceClients.Builder against(URI server, HttpClientSettings settings) {
        return ServiceClients.builder()
                .settings(settings)
                .resolver(ServiceResolver.fixed(Map.of("master-data", List.of(server))));
    }

    public static ServiceClients against(URI server, UnaryOperator<HttpClientSettings.Builder> settings) {
        return against(server, settings.apply(fastSettings()).build()).build();
    }
}
