package com.kugelpos.perf.gatling.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Requests to a provider's own counters ({@code /_admin/stats}), checked in the report. */
public final class ProviderEndpoints {

    /** The connection cap of client-core's default settings. */
    public static final int CONNECTION_CAP = 100;

    /**
     * The most connections master-data may count open at once: the client's cap, plus the connection
     * of this stats request itself, which is open while master-data reads its counters.
     */
    static final int MAX_OPEN_WITH_THIS_REQUEST = CONNECTION_CAP + 1;

    private ProviderEndpoints() {}

    /**
     * master-data's counters: fails (KO in the report) if master-data had more connections open at
     * once, since its counters were reset, than the client's cap and this request's own connection.
     *
     * @param name the request's name in the report
     */
    public static HttpRequestActionBuilder connectionsWithinCap(String name, String masterDataUrl) {
        return http(name)
                .get(masterDataUrl + "/_admin/stats")
                .check(status().is(200),
                        jsonPath("$.connections.maxOpen").ofInt().lte(MAX_OPEN_WITH_THIS_REQUEST),
                        jsonPath("$.connections.maxOpen").ofInt().saveAs("maxOpen"),
                        jsonPath("$.connections.accepted").ofLong().saveAs("accepted"));
    }
}
