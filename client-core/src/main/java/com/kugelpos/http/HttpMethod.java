package com.kugelpos.http;

/** The HTTP methods the client sends, with their idempotency as RFC 9110 defines it. */
public enum HttpMethod {
    GET(true),
    PUT(true),
    DELETE(true),
    POST(false),
    PATCH(false);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** Whether sending the request twice has the same effect as sending it once. */
    public boolean isIdempotent() {
        return idempotent;
    }
}
