package com.kugelpos.http;

import java.util.Objects;

/**
 * Which logical call this is: the service, the method and the path template (never the expanded
 * path, whose parameters and query may hold secrets). Errors and events name calls with it.
 *
 * @param service the called service, e.g. {@code master-data}
 * @param method the HTTP method
 * @param pathTemplate the path template, e.g. {@code /api/v1/tenants/{tenantId}/items/{itemCode}}
 */
public record CallDescription(String service, HttpMethod method, String pathTemplate) {

    /** Checks that no part is missing. */
    public CallDescription {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    @Override
    public String toString() {
        return method + " " + service + " " + pathTemplate;
    }
}
