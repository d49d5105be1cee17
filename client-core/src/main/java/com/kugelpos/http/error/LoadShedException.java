package com.kugelpos.http.error;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CallPriority;
import com.kugelpos.http.event.ShedReason;
import java.util.Locale;

/**
 * The client did not send the call because its service looks overloaded: the adaptive concurrency
 * limit was full, or client-side throttling rejected it. Nothing reached the service, so the call
 * may be retried later without harm; a caller should back off or fall back rather than retry at
 * once. Low-priority calls are shed first.
 */
public class LoadShedException extends HttpClientError {

    private static final long serialVersionUID = 1L;

    private final ShedReason reason;
    private final CallPriority priority;

    /**
     * @param limit the concurrency limit that was full (for the priority), or the last one known when throttled
     * @param attempts attempts the call had sent before
     */
    public LoadShedException(CallDescription call, ShedReason reason, CallPriority priority, int limit, int attempts) {
        super(call, NO_STATUS, "", attempts, message(call, reason, priority, limit), null);
        this.reason = reason;
        this.priority = priority;
    }

    /** Why the call was shed. */
    public ShedReason reason() {
        return reason;
    }

    /** The priority the call had. */
    public CallPriority priority() {
        return priority;
    }

    private static String message(CallDescription call, ShedReason reason, CallPriority priority, int limit) {
        String why = reason == ShedReason.THROTTLED
                ? "client-side throttling: the service rejected too many recent requests"
                : "its adaptive concurrency limit of " + limit + " calls in flight was full";
        return call + " was shed by the client before it was sent (" + priority.name().toLowerCase(Locale.ROOT)
                + " priority): " + why;
    }
}
