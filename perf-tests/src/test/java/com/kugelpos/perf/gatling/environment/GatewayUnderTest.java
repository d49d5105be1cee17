package com.kugelpos.perf.gatling.environment;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.http.BehaviourRule;
import com.kugelpos.reference.http.ServiceCapacity;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.time.Duration;

/**
 * The system under load: the reference cart service as the gateway, calling master-data (item
 * details, not cached) and terminal (API-key check, cached) through client-core, all in this JVM
 * on 127.0.0.1 and random ports. Thread-safe.
 */
public final class GatewayUnderTest implements AutoCloseable {

    /** The fixture terminal the load acts as. */
    public static final String TERMINAL_ID = "T1-S1-1";

    /** The fixture terminal's API key: test data of the reference services, not a secret. */
    public static final String API_KEY = "ref-api-key-T1-S1-1";

    /** master-data's statistics key of the item lookup the gateway makes per line item. */
    public static final String ITEM_DETAILS_ROUTE =
            "GET /api/v1/tenants/{tenant_id}/stores/{store_code}/items/{item_code}/details";

    private static final String MASTER_DATA_API = "/api/v1/tenants/";

    private final ReferenceServices services;
    private final HeldConnections masterDataHeld;

    private GatewayUnderTest(ReferenceServices services) {
        this.services = services;
        this.masterDataHeld = HeldConnections.watch(services.url(Service.MASTER_DATA).getPort());
    }

    /** Starts cart, master-data and terminal; cart calls upstream with {@code gatewayClient}. */
    public static GatewayUnderTest start(HttpClientSettings gatewayClient) {
        return new GatewayUnderTest(ReferenceServices.builder()
                .clientSettings(gatewayClient)
                .itemCacheTtl(Duration.ZERO)
                .start(Service.CART, Service.MASTER_DATA, Service.TERMINAL));
    }

    /** The gateway's base URL. */
    public String cartUrl() {
        return services.url(Service.CART).toString();
    }

    /** master-data's base URL, for its {@code /_admin/stats}. */
    public String masterDataUrl() {
        return services.url(Service.MASTER_DATA).toString();
    }

    /** Makes master-data hold every API request for {@code latency}; zero removes the delay. */
    public void delayMasterData(Duration latency) {
        services.behaviours(Service.MASTER_DATA).clear();
        if (!latency.isZero()) {
            services.behaviours(Service.MASTER_DATA).add(new BehaviourRule("GET", MASTER_DATA_API, latency, 0, -1));
        }
    }

    /**
     * Makes master-data serve at most {@code slots} requests at once, each for {@code serviceTime},
     * the rest waiting in line (see the reference services' {@code ServiceCapacity}).
     */
    public void limitMasterDataCapacity(int slots, Duration serviceTime) {
        services.capacity(Service.MASTER_DATA).limit(new ServiceCapacity.Limit(slots, serviceTime));
    }

    /** master-data's own counters: requests by route and TCP connections accepted, open and most open. */
    public StatsSnapshot masterDataStats() {
        return services.stats(Service.MASTER_DATA);
    }

    /**
     * The most connections to master-data that their clients held open at once (sampled from the
     * socket tables, {@link HeldConnections}): what the gateway client's connection cap bounds.
     * master-data's own {@link StatsSnapshot#connectionsMaxOpen()} also counts connections that the
     * client already closed on a timeout, until master-data answers their delayed requests.
     */
    public int masterDataConnectionsHeldPeak() {
        return masterDataHeld.peak();
    }

    /**
     * Clears master-data's counters, e.g. after a warm-up (its connection counts, and the peak of
     * held connections, start from the connections open now).
     */
    public void resetMasterDataStats() {
        services.resetStats(Service.MASTER_DATA);
        masterDataHeld.reset();
    }

    /** Stops the services and the sampling of connections. */
    @Override
    public void close() {
        masterDataHeld.close();
        services.close();
    }
}
