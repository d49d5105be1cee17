package com.kugelpos.perf.jmh;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.http.spi.Transport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** client-core's {@code ServiceClient.get}, as the cart service calls master-data. */
final class ClientCoreCaller implements HttpCaller {

    static final String SERVICE = "master-data";

    private final ServiceClients clients;
    private final ServiceClient client;
    private final RequestOptions options = ItemLookup.options();

    /**
     * @param metrics whether calls are recorded in a Micrometer registry (a {@link SimpleMeterRegistry});
     *     without one, client-core records into an empty composite registry
     */
    ClientCoreCaller(URI base, HttpClientSettings settings, boolean metrics) {
        this(base, settings, metrics, ServiceClients.builder());
    }

    /** A caller whose calls {@code transport} carries instead of the JDK client. */
    ClientCoreCaller(URI base, HttpClientSettings settings, boolean metrics, Transport.Factory transport) {
        this(base, settings, metrics, ServiceClients.builder().transport(transport));
    }

    private ClientCoreCaller(URI base, HttpClientSettings settings, boolean metrics, ServiceClients.Builder builder) {
        builder.settings(settings).resolver(ServiceResolver.fixed(Map.of(SERVICE, List.of(base))));
        if (metrics) {
            builder.meterRegistry(new SimpleMeterRegistry());
        }
        this.clients = builder.build();
        this.client = clients.client(SERVICE);
    }

    @Override
    public CompletableFuture<?> call() {
        return client.get(ItemLookup.TEMPLATE, options);
    }

    @Override
    public void close() {
        clients.close();
    }
}
