package com.kugelpos.http.error;

/**
 * Which call failed: the service, the method and the path template (never the raw path, whose
 * query may hold secrets).
 */
public record CallDescription(String service, String method, String path) {

    @Override
    public String toString() {
        return method + " " + service + " " + path;
    }
}
