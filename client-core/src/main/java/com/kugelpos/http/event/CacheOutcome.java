package com.kugelpos.http.event;

import java.util.Locale;

/** What the response cache did for one GET. */
public enum CacheOutcome {
    /** A fresh stored response answered; no request was sent. */
    HIT,
    /** A 304 answer to a conditional GET let the stored body be used. */
    REVALIDATED,
    /** A full answer came from the service. */
    MISS;

    /** The outcome in lower case, as metrics tag it: {@code hit}, {@code revalidated}, {@code miss}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
