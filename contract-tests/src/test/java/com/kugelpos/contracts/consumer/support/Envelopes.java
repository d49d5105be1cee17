package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The Kugelpos response envelope as Pact bodies, pinning only what callers read: {@code success}
 * and {@code data} (upstream's web repositories read {@code response_data["data"]}, report's also
 * {@code success}), {@code metadata.total} only where a caller reads it, and on errors
 * {@code success: false} with the snake_case {@code user_error.code} (six digits, matched by
 * regex). {@code code}, {@code message} and {@code operation} are not read by any caller and are
 * left out: upstream's journal, for one, answers a create with HTTP 201 but {@code code} 200.
 */
public final class Envelopes {

    private Envelopes() {}

    /** {@code {"success": true, "data": data}}. */
    public static PactDslJsonBody success(DslPart data) {
        PactDslJsonBody body = head(true);
        body.object("data", data);
        return body;
    }

    /** {@code {"success": true}}: a create whose answer the caller only checks for success. */
    public static PactDslJsonBody accepted() {
        return head(true);
    }

    /**
     * A list envelope without {@code metadata}: {@code data} is an array of at least one
     * {@code item}. (Upstream's active promotions come without metadata; report reads only data.)
     */
    public static PactDslJsonBody list(DslPart item) {
        PactDslJsonBody body = head(true);
        body.minArrayLike("data", 1, item);
        return body;
    }

    /** A list envelope whose {@code metadata.total} the caller reads (terminal close, row 8). */
    public static PactDslJsonBody page(DslPart item) {
        PactDslJsonBody body = list(item);
        body.object("metadata")
                .integerType("total", 1)
                .closeObject();
        return body;
    }

    /**
     * The error envelope: {@code {"success": false, "user_error": {"code": "XXYYZZ"}}}, with
     * {@code exampleErrorCode} the code upstream answers with (kugel_common error_codes).
     */
    public static PactDslJsonBody error(String exampleErrorCode) {
        PactDslJsonBody body = head(false);
        body.object("user_error")
                .stringMatcher("code", Patterns.ERROR_CODE, exampleErrorCode)
                .closeObject();
        return body;
    }

    private static PactDslJsonBody head(boolean success) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.booleanValue("success", success);
        return body;
    }
}
