package com.kugelpos.http.event;

import java.util.Locale;

/** Why the client shed a call before sending it. */
public enum ShedReason {
    /** The service's adaptive concurrency limit (or its low-priority share) was full. */
    CONCURRENCY_LIMIT,
    /** Client-side throttling: the service's recent accept rate says it is overloaded. */
    THROTTLED;

    /** The reason in lower case, as metrics tag it, e.g. {@code concurrency_limit}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
