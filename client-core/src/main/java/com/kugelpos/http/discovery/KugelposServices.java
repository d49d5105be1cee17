package com.kugelpos.http.discovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The Kugelpos services and the ports of the specification, used as the development fallback
 * {@code http://<name>:<port>} when no {@code <NAME>_SERVICE_URL} variable is set.
 */
public final class KugelposServices {

    /** The account service, port 8000. */
    public static final String ACCOUNT = "account";
    /** The terminal service, port 8001. */
    public static final String TERMINAL = "terminal";
    /** The master-data service, port 8002. */
    public static final String MASTER_DATA = "master-data";
    /** The cart service, port 8003. */
    public static final String CART = "cart";
    /** The report service, port 8004. */
    public static final String REPORT = "report";
    /** The journal service, port 8005. */
    public static final String JOURNAL = "journal";
    /** The stock service, port 8006. */
    public static final String STOCK = "stock";

    private static final Map<String, Integer> DEFAULT_PORTS = defaultPortTable();

    private KugelposServices() {}

    /** Every known service name with its default port, in the specification's order; unmodifiable. */
    public static Map<String, Integer> defaultPorts() {
        return DEFAULT_PORTS;
    }

    /** The default port of a known service, or empty for any other name. */
    public static OptionalInt defaultPort(String serviceName) {
        Integer port = DEFAULT_PORTS.get(serviceName);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    private static Map<String, Integer> defaultPortTable() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(ACCOUNT, 8000);
        ports.put(TERMINAL, 8001);
        ports.put(MASTER_DATA, 8002);
        ports.put(CART, 8003);
        ports.put(REPORT, 8004);
        ports.put(JOURNAL, 8005);
        ports.put(STOCK, 8006);
        return Collections.unmodifiableMap(ports);
    }
}
