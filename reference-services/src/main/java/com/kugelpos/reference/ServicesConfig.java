package com.kugelpos.reference;

import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The settings of one start, fixed by {@link ReferenceServices.Builder#start}.
 *
 * @param host the bind address
 * @param ports ports by service (absent = random)
 * @param clock the services' clock
 * @param secret the HS256 secret
 * @param upstreams explicit upstream URLs by service
 * @param clientSettings settings of the upstream clients
 * @param maxBodyBytes the request body limit
 * @param maxThreads each server's thread-pool maximum
 * @param itemCacheTtl how long cart caches item details
 */
record ServicesConfig(
        String host,
        Map<Service, Integer> ports,
        Clock clock,
        String secret,
        Map<Service, URI> upstreams,
        HttpClientSettings clientSettings,
        int maxBodyBytes,
        int maxThreads,
        Duration itemCacheTtl) {

    int port(Service service) {
        return ports.getOrDefault(service, 0);
    }

    @Override
    public String toString() {
        return "ServicesConfig[host=" + host + ", ports=" + ports + ", upstreams=" + upstreams + ", secret=***]";
    }
}
