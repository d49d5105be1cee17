package com.kugelpos.http.event;

import java.util.Locale;

/** What the response cache did for one GET. */
public enum CacheOutcome {
    /** A fresh stored response answered; no request was sent. */
    HIT,
    /** A 304 answer to a conditional GET let the stored body be used. */
    REVALIDATED,
    /** A full answer came from the service. */
    MISS,
    /**
     * A stale entry within its {@code stale-while-revalidate} window answered at once (the response
     * {@code isStale()}); one background request revalidates it.
     */
    STALE_WHILE_REVALIDATE,
    /**
     * A stale entry within its {@code stale-if-error} window answered (the response {@code
     * isStale()}) because the service failed, the call's deadline passed or the breaker was open (then
     * no request was sent).
     */
    STALE_IF_ERROR,
    /** The GET shared the request of an identical one already on its way, and that request's outcome. */
    COLLAPSED,
    /**
     * A background revalidation ({@code stale-while-revalidate}) failed; the entry stays as it was
     * and no caller saw the failure (its call event carries it).
     */
    REVALIDATION_FAILED;

    /**
     * The outcome in lower case, as metrics tag it: {@code hit}, {@code revalidated}, {@code miss},
     * {@code stale_while_revalidate}, {@code stale_if_error}, {@code collapsed}, {@code
     * revalidation_failed}.
     */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
