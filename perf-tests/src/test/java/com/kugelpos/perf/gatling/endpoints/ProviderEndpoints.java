package com.kugelpos.perf.gatling.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Requests to a provider's own counters ({@code /_admin/stats}), checked in the report. */
public final class ProviderEndpoints {

    /** The connection cap of client-core's default settings. */
    public static final int CONNECTION_CAP = 100;

    private ProviderEndpoints() {}

    /**
     * master-data's counters: fails (KO in the report) if master-data ever had more than
     * {@link #CONNECTION_CAP} connections open at once since it started.
     *
     * @param name the request's name in the report
     */
    public static HttpRequestActionBuilder connectionsWithinCap(String name, String masterDataUrl) {
        return http(name)
                .get(masterDataUrl + "/_admin/stats")
                .check(status().is(200),
                        jsonPath("$.connections.maxOpen").ofInt().lte(CONNECTION_CAP),
                        jsonPath("$.connections.maxOpen").ofInt().saveAs("maxOpen"),
                        jsonPath("$.connections.accepted").ofLong().saveAs("accepted"));
    }
}
