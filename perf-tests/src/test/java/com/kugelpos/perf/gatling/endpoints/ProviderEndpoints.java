package com.kugelpos.perf.gatling.endpoints;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Requests to a provider's own counters ({@code /_admin/stats}), checked in the report. */
public final class ProviderEndpoints {

    /** The connection cap of client-core's default settings. */
    public static final int CONNECTION_CAP = 100;

    /**
     * The most connections to master-data that clients may hold at once: the gateway client's cap,
     * plus the connection of this stats request itself, which is open while master-data reads its
     * counters.
     */
    static final int MAX_HELD_WITH_THIS_REQUEST = CONNECTION_CAP + 1;

    private ProviderEndpoints() {}

    /**
     * master-data's counters: fails (KO in the report) if clients held more connections to
     * master-data at once, since its counters were reset, than the gateway client's cap and this
     * request's own connection ({@link GatewayUnderTest#masterDataConnectionsHeldPeak()}). Saves
     * master-data's own count of the most connections open, which also holds connections the client
     * closed on a timeout and master-data has not answered yet, as {@code maxOpen}.
     *
     * @param name the request's name in the report
     */
    public static HttpRequestActionBuilder connectionsWithinCap(String name, GatewayUnderTest gateway) {
        return http(name)
                .get(gateway.masterDataUrl() + "/_admin/stats")
                .check(status().is(200),
                        bodyString().transform(stats -> gateway.masterDataConnectionsHeldPeak())
                                .lte(MAX_HELD_WITH_THIS_REQUEST),
                        jsonPath("$.connections.maxOpen").ofInt().saveAs("maxOpen"),
                        jsonPath("$.connections.accepted").ofLong().saveAs("accepted"));
    }
}
