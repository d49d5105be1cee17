package com.kugelpos.http;

/**
 * How important a call is when its service is overloaded: with adaptive concurrency on, {@link
 * #LOW} calls are shed first (they may use only a share of the service's concurrency limit, and
 * client-side throttling rejects them sooner), so that {@link #HIGH} calls, e.g. sales writes, keep
 * going while report reads wait. Set per call with {@link RequestOptions.Builder#priority}.
 */
public enum CallPriority {
    /** The default: shed last. */
    HIGH,
    /** Shed first under overload, e.g. report reads and background syncs. */
    LOW
}
