package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The Kugelpos response envelope as Pact bodies: success with an object or a list in {@code data},
 * and the error envelope with its snake_case {@code user_error}. The status repeated in
 * {@code code} and the {@code success} flag are pinned; messages and operation names are typed only.
 */
public final class Envelopes {

    private Envelopes() {}

    /** {@code {"success": true, "code": status, "message", "data": data, "operation"}}. */
    public static PactDslJsonBody success(int status, DslPart data) {
        PactDslJsonBody body = head(true, status);
        body.object("data", data);
        return body;
    }

    /** A list envelope: {@code data} is an array of at least one {@code item}, {@code metadata.total} an integer. */
    public static PactDslJsonBody list(DslPart item) {
        PactDslJsonBody body = head(true, 200);
        body.minArrayLike("data", 1, item);
        body.object("metadata")
                .integerType("total", 1)
                .closeObject();
        return body;
    }

    /** The error envelope: {@code {"success": false, "code": status, "user_error": {"code": "XXYYZZ", "message"}}}. */
    public static PactDslJsonBody error(int status, String exampleErrorCode) {
        PactDslJsonBody body = head(false, status);
        body.object("user_error")
                .stringMatcher("code", Patterns.ERROR_CODE, exampleErrorCode)
                .stringType("message", "what was wrong")
                .closeObject();
        return body;
    }

    private static PactDslJsonBody head(boolean success, int status) {
        PactDslJsonBody body = new PactDslJsonBody();
        body.booleanValue("success", success)
                .numberValue("code", status)
                .stringType("message", success ? "ok" : "what was wrong")
                .stringType("operation", "operation_name");
        return body;
    }
}
