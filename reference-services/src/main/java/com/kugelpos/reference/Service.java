package com.kugelpos.reference;

import java.util.Locale;

/**
 * The Kugelpos services this module implements, in start order (a service's upstreams come
 * before it), with the spec's host ports.
 */
public enum Service {
    /** Terminals, stores, terminal tokens. */
    TERMINAL("terminal", 8001),
    /** Items, categories, payments, promotions, settings, staff. */
    MASTER_DATA("master-data", 8002),
    /** Carts and transactions; calls terminal and master-data. */
    CART("cart", 8003),
    /** Sales reports; reports delivery to cart. */
    REPORT("report", 8004),
    /** Journals; reports delivery to cart. */
    JOURNAL("journal", 8005),
    /** Stock; reports delivery to cart. */
    STOCK("stock", 8006);

    private final String serviceName;
    private final int defaultPort;

    Service(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    /** The name used by service discovery, e.g. {@code master-data}. */
    public String serviceName() {
        return serviceName;
    }

    /** The spec's host port, used by the standalone main. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable naming its URL, e.g. {@code MASTER_DATA_SERVICE_URL}. */
    public String urlVariable() {
        return serviceName.toUpperCase(Locale.ROOT).replace('-', '_') + "_SERVICE_URL";
    }

    /** The service whose {@link #serviceName()} is {@code name}. */
    public static Service byName(String name) {
        for (Service service : values()) {
            if (service.serviceName.equalsIgnoreCase(name) || service.name().equalsIgnoreCase(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("unknown service '" + name
                + "'; use one of terminal, master-data, cart, report, journal, stock");
    }
}
