package com.kugelpos.perf.gatling.endpoints;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.kugelpos.perf.gatling.environment.GatewayUnderTest;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Requests to a provider's own counters ({@code /_admin/stats}), checked in the report. */
public final class ProviderEndpoints {

    /** The connection cap of client-core's default settings. */
    public static final int CONNECTION_CAP = 100;

    /**
     * The most connections to master-data a count may show at once: the gateway client's cap, plus
     * the connection of this stats request itself, which is open while master-data reads its counters.
     */
    static final int MAX_WITH_THIS_REQUEST = CONNECTION_CAP + 1;

    /** Which count of master-data's connections a run checks against the cap. */
    public enum ConnectionCount {
        /**
         * master-data's own (Jetty's) count of the most connections open at once: exact while no call
         * is abandoned. The socket tables would also show, for an instant, connections the JDK client
         * opened while its keep-alive pool overflowed, before master-data accepted them.
         */
        PROVIDER_OPEN,
        /**
         * The most connections clients held open at once ({@link
         * GatewayUnderTest#masterDataConnectionsHeldPeak()}): for runs whose calls time out, since
         * master-data keeps the connections the client closed open until it answers their requests.
         */
        CLIENT_HELD
    }

    private ProviderEndpoints() {}

    /**
     * master-data's counters: fails (KO in the report) if {@code count} shows more connections to
     * master-data at once, since its counters were reset, than the gateway client's cap and this
     * request's own connection. Saves master-data's own count of the most connections open as {@code
     * maxOpen}, and the sockets it accepted as {@code accepted}.
     *
     * @param name the request's name in the report
     */
    public static HttpRequestActionBuilder connectionsWithinCap(String name, GatewayUnderTest gateway,
            ConnectionCount count) {
        CheckBuilder withinCap = switch (count) {
            case PROVIDER_OPEN -> jsonPath("$.connections.maxOpen").ofInt().lte(MAX_WITH_THIS_REQUEST);
            case CLIENT_HELD -> bodyString().transform(stats -> gateway.masterDataConnectionsHeldPeak())
                    .lte(MAX_WITH_THIS_REQUEST);
        };
        return http(name)
                .get(gateway.masterDataUrl() + "/_admin/stats")
                .check(status().is(200),
                        withinCap,
                        jsonPath("$.connections.maxOpen").ofInt().saveAs("maxOpen"),
                        jsonPath("$.connections.accepted").ofLong().saveAs("accepted"));
    }
}
