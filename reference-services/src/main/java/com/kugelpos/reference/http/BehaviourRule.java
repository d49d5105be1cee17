package com.kugelpos.reference.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An artificial behaviour for tests, set through {@code POST /_admin/behaviour}: requests whose
 * path starts with {@code pathPrefix} (and, if given, use {@code method}) are delayed and/or
 * answered with a forced status (with a {@code Retry-After} header when {@code retryAfterSeconds} is
 * set), for the next {@code times} requests or forever when {@code times} is negative. Thread-safe.
 */
public final class BehaviourRule {

    private final String method;
    private final String pathPrefix;
    private final Duration delay;
    private final int forcedStatus;
    private final int retryAfterSeconds;
    private final AtomicInteger remaining;

    /**
     * @param method the method to match, or {@code null} for any
     * @param pathPrefix the request path prefix to match
     * @param delay how long to hold the request before answering ({@link Duration#ZERO} for none)
     * @param forcedStatus the status to answer with instead of handling, or 0 to handle normally
     * @param times how many requests it applies to; negative for all
     */
    public BehaviourRule(String method, String pathPrefix, Duration delay, int forcedStatus, int times) {
        this(method, pathPrefix, delay, forcedStatus, times, 0);
    }

    /**
     * @param method the method to match, or {@code null} for any
     * @param pathPrefix the request path prefix to match
     * @param delay how long to hold the request before answering ({@link Duration#ZERO} for none)
     * @param forcedStatus the status to answer with instead of handling, or 0 to handle normally
     * @param times how many requests it applies to; negative for all
     * @param retryAfterSeconds the {@code Retry-After} of a forced status in seconds, or 0 for none
     */
    public BehaviourRule(
            String method, String pathPrefix, Duration delay, int forcedStatus, int times, int retryAfterSeconds) {
        if (retryAfterSeconds < 0 || (retryAfterSeconds > 0 && forcedStatus == 0)) {
            throw ApiException.invalid("retryAfterSeconds must be 0, or positive together with a status; was "
                    + retryAfterSeconds);
        }
        if (forcedStatus != 0 && (forcedStatus < 400 || forcedStatus > 599)) {
            throw ApiException.invalid("status must be an error status 400-599, or 0 for none; was " + forcedStatus);
        }
        if (delay.isNegative()) {
            throw ApiException.invalid("delayMs must not be negative");
        }
        if (pathPrefix.startsWith("/_admin")) {
            throw ApiException.invalid("behaviours cannot apply to /_admin paths");
        }
        this.method = method;
        this.pathPrefix = pathPrefix;
        this.delay = delay;
        this.forcedStatus = forcedStatus;
        this.retryAfterSeconds = retryAfterSeconds;
        this.remaining = new AtomicInteger(times);
    }

    /** Reads a rule from {@code {"method", "pathPrefix", "delayMs", "status", "times", "retryAfterSeconds"}}. */
    public static BehaviourRule fromJson(JsonBody body) {
        return new BehaviourRule(
                body.text("method", null),
                body.text("pathPrefix"),
                Duration.ofMillis(body.integer("delayMs", 0)),
                body.integer("status", 0),
                body.integer("times", -1),
                body.integer("retryAfterSeconds", 0));
    }

    /** Whether the rule applies to the request, consuming one of its {@code times} if so. */
    boolean claim(String requestMethod, String path) {
        if ((method != null && !method.equalsIgnoreCase(requestMethod)) || !path.startsWith(pathPrefix)) {
            return false;
        }
        int left = remaining.getAndUpdate(n -> n > 0 ? n - 1 : n);
        return left != 0;
    }

    /** The delay before answering. */
    public Duration delay() {
        return delay;
    }

    /** The forced status, or 0. */
    public int forcedStatus() {
        return forcedStatus;
    }

    /** The {@code Retry-After} of the forced status in seconds, or 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String toString() {
        return "BehaviourRule[" + (method == null ? "*" : method) + " " + pathPrefix + "*, delay=" + delay
                + ", status=" + forcedStatus + ", remaining=" + remaining.get() + "]";
    }
}
