package com.kugelpos.reference;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.cart.UpstreamItemCatalog;
import com.kugelpos.reference.fixtures.DataStore;
import com.kugelpos.reference.http.Behaviours;
import com.kugelpos.reference.http.ServiceCapacity;
import com.kugelpos.reference.http.ReferenceServer;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs reference services in-process. {@code ReferenceServices.start()} starts all six on random
 * 127.0.0.1 ports, {@code start(Service.CART, Service.MASTER_DATA, Service.TERMINAL)} only some;
 * cart's upstreams point at the embedded ones (or at {@link Builder#upstream} URLs). Close the
 * handle to stop them. Thread-safe once started.
 *
 * <pre>{@code
 * try (ReferenceServices services = ReferenceServices.start(Service.CART, Service.MASTER_DATA, Service.TERMINAL)) {
 *     URI cart = services.url(Service.CART);
 *     // ... call cart ...
 *     long calls = services.stats(Service.MASTER_DATA).requestCount(
 *             "GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details");
 * }
 * }</pre>
 */
public final class ReferenceServices implements AutoCloseable {

    /** The HS256 secret used unless another is configured; for tests only. */
    public static final String DEFAULT_SECRET = "kugelpos-reference-services-test-secret";

    private final ServicesConfig config;
    private final Map<Service, RunningService> running;

    private ReferenceServices(ServicesConfig config, Map<Service, RunningService> running) {
        this.config = config;
        this.running = running;
    }

    /** Starts {@code which} (all services when none are given) with the defaults. */
    public static ReferenceServices start(Service... which) {
        return builder().start(which);
    }

    /** A builder for other ports, bind address, clock, secret, upstream URLs or client settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The started services. */
    public Set<Service> services() {
        return EnumSet.copyOf(running.keySet());
    }

    /** {@code http://host:port} of a started service. */
    public URI url(Service service) {
        return require(service).server().url();
    }

    /** The current counters of a started service (what {@code GET /_admin/stats} serves). */
    public StatsSnapshot stats(Service service) {
        return require(service).server().stats().snapshot();
    }

    /** Clears a started service's counters (what {@code POST /_admin/reset} does). */
    public void resetStats(Service service) {
        require(service).server().stats().reset();
    }

    /** The artificial behaviours of a started service, to add delays or forced statuses in-process. */
    public Behaviours behaviours(Service service) {
        return require(service).context().behaviours();
    }

    /**
     * The capacity limit of a started service (what {@code /_admin/capacity} sets), to make it
     * serve a fixed number of requests at once in-process, e.g. to overload it in a load test.
     */
    public ServiceCapacity capacity(Service service) {
        return require(service).context().capacity();
    }

    /**
     * The data of a started service (what {@code /_admin/data} changes over HTTP), to set up
     * records in-process, e.g. the provider states of an embedded contract verification.
     */
    public DataStore data(Service service) {
        return require(service).context().data();
    }

    /** A token issuer with the services' secret and clock, for callers in tests. */
    public Tokens tokens() {
        return new Tokens(config.secret(), config.clock());
    }

    /** Stops all started services, the last started first. */
    @Override
    public void close() {
        List<RunningService> reversed = new ArrayList<>(running.values());
        Collections.reverse(reversed);
        RuntimeException first = null;
        for (RunningService service : reversed) {
            try {
                service.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private RunningService require(Service service) {
        RunningService found = running.get(Objects.requireNonNull(service, "service"));
        if (found == null) {
            throw new IllegalArgumentException(service + " is not started here; started: " + running.keySet());
        }
        return found;
    }

    /** Collects the settings of a start. Not thread-safe. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
        private Clock clock = Clock.systemUTC();
        private String secret = DEFAULT_SECRET;
        private final Map<Service, URI> upstreams = new EnumMap<>(Service.class);
        private HttpClientSettings clientSettings = HttpClientSettings.defaults();
        private int maxBodyBytes = ReferenceServer.DEFAULT_MAX_BODY_BYTES;
        private int maxThreads = 200;
        private Duration itemCacheTtl = UpstreamItemCatalog.DEFAULT_TTL;

        private Builder() {}

        /** The address to bind; {@code 127.0.0.1} by default. */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** A fixed port for {@code service}; random by default. */
        public Builder port(Service service, int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port of " + service + " must be 0-65535, was " + port);
            }
            ports.put(service, port);
            return this;
        }

        /** The clock of caches, tokens and promotions; the system UTC clock by default. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The HS256 secret shared by all services; {@link #DEFAULT_SECRET} by default. */
        public Builder secret(String value) {
            secret = Objects.requireNonNull(value, "secret");
            return this;
        }

        /** The URL of an upstream service that is not started here (wins over an embedded one). */
        public Builder upstream(Service service, URI url) {
            upstreams.put(service, Objects.requireNonNull(url, "url"));
            return this;
        }

        /** Settings of the client-core clients that cart, journal, report and stock call with. */
        public Builder clientSettings(HttpClientSettings value) {
            clientSettings = Objects.requireNonNull(value, "clientSettings");
            return this;
        }

        /** The largest request body accepted; larger ones get 413. 1 MiB by default. */
        public Builder maxBodyBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + value);
            }
            maxBodyBytes = value;
            return this;
        }

        /** Each server's thread-pool maximum; 200 by default. */
        public Builder maxThreads(int value) {
            if (value < 4) {
                throw new IllegalArgumentException("maxThreads must be at least 4, was " + value);
            }
            maxThreads = value;
            return this;
        }

        /** How long cart caches item details; 300 s by default, {@link Duration#ZERO} for no cache. */
        public Builder itemCacheTtl(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("itemCacheTtl must not be negative, was " + value);
            }
            itemCacheTtl = value;
            return this;
        }

        /**
         * Starts {@code which} (all when none are given) in dependency order: terminal and
         * master-data before cart, cart before journal, report and stock.
         *
         * @throws IllegalStateException when a port cannot be bound or an upstream has no URL
         */
        public ReferenceServices start(Service... which) {
            Set<Service> wanted = which.length == 0 ? EnumSet.allOf(Service.class) : EnumSet.copyOf(Arrays.asList(which));
            ServicesConfig config = config();
            Map<Service, RunningService> running = new EnumMap<>(Service.class);
            Map<Service, URI> known = new EnumMap<>(Service.class);
            try {
                for (Service service : wanted) {
                    known.putAll(upstreams);
                    ServiceClients clients = ServiceClients.builder()
                            .settings(clientSettings)
                            .resolver(resolver(Map.copyOf(known)))
                            .build();
                    RunningService started = startOrClose(service, config, clients);
                    running.put(service, started);
                    known.putIfAbsent(service, started.server().url());
                }
            } catch (RuntimeException e) {
                new ReferenceServices(config, running).close();
                throw e;
            }
            return new ReferenceServices(config, running);
        }

        /** The settings collected so far. */
        ServicesConfig config() {
            return new ServicesConfig(host, Map.copyOf(ports), clock, secret, Map.copyOf(upstreams),
                    clientSettings, maxBodyBytes, maxThreads, itemCacheTtl);
        }

        private static RunningService startOrClose(Service service, ServicesConfig config, ServiceClients clients) {
            try {
                return ServiceAssembly.start(service, config, clients);
            } catch (RuntimeException e) {
                clients.close();
                throw e;
            }
        }

        private static ServiceResolver resolver(Map<Service, URI> known) {
            return name -> {
                URI url = known.get(Service.byName(name));
                if (url == null) {
                    throw new IllegalStateException("no URL for upstream service " + name
                            + "; start it in the same ReferenceServices or pass builder.upstream(...)");
                }
                return List.of(url);
            };
        }
    }
}
