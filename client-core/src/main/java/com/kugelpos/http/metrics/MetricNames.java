package com.kugelpos.http.metrics;

/** The names of the client's Micrometer meters; override by renaming with a Micrometer MeterFilter. */
public final class MetricNames {

    /** Timer of attempts, tagged service, method, endpoint, status and outcome (status class). */
    public static final String REQUESTS = "kugelpos.http.client.requests";
    /** Counter of failed attempts, tagged service, endpoint and kind ({@code 4xx}, {@code 5xx}, {@code IO_ERROR}). */
    public static final String ERRORS = "kugelpos.http.client.errors";
    /** Counter of retries scheduled, tagged service and endpoint. */
    public static final String RETRIES = "kugelpos.http.client.retries";
    /** Counter of hedges (second attempts of slow idempotent calls), tagged service and endpoint. */
    public static final String HEDGES = "kugelpos.http.client.hedges";
    /** Counter of retries the retry budget refused, tagged service and endpoint. */
    public static final String RETRIES_DENIED = "kugelpos.http.client.retries.denied";
    /** Gauge of the retries a service's retry budget allows now, tagged service. */
    public static final String RETRY_BUDGET_AVAILABLE = "kugelpos.http.client.retry.budget.available";
    /** Counter of GETs through the response cache, tagged service, endpoint and outcome (hit, revalidated, miss). */
    public static final String CACHE_REQUESTS = "kugelpos.http.client.cache.requests";
    /** Timer of logical calls (all attempts), tagged service, method, endpoint and outcome. */
    public static final String CALLS = "kugelpos.http.client.calls";
    /** Gauge: 1 for a breaker's current state, 0 for the others; tagged service and state. */
    public static final String CIRCUIT_STATE = "kugelpos.http.client.circuit.state";
    /** Counter of breaker transitions, tagged service, from and to. */
    public static final String CIRCUIT_TRANSITIONS = "kugelpos.http.client.circuit.transitions";
    /** Counter of instance ejections by outlier detection, tagged service, instance and reason. */
    public static final String ENDPOINT_EJECTIONS = "kugelpos.http.client.endpoint.ejections";
    /** Counter of instance health changes found by health checks, tagged service, instance and healthy. */
    public static final String ENDPOINT_HEALTH_CHANGES = "kugelpos.http.client.endpoint.health.changes";
    /** Counter of a service's changes into and out of panic mode, tagged service and panicking. */
    public static final String PANIC_MODE_CHANGES = "kugelpos.http.client.endpoints.panic.changes";
    /** Gauge of a service's usable instances (healthy and not ejected), tagged service. */
    public static final String ENDPOINTS_USABLE = "kugelpos.http.client.endpoints.usable";
    /** Gauge per instance: 1 while it is usable (healthy and not ejected), else 0; tagged service and instance. */
    public static final String INSTANCE_USABLE = "kugelpos.http.client.instance.usable";
    /** Gauge per instance: 1 while outlier detection has it ejected, else 0; tagged service and instance. */
    public static final String INSTANCE_EJECTED = "kugelpos.http.client.instance.ejected";
    /** Gauge per instance: its failed attempts in a row; tagged service and instance. */
    public static final String INSTANCE_CONSECUTIVE_FAILURES = "kugelpos.http.client.instance.consecutive_failures";
    /** Gauge per instance: its peak-EWMA latency estimate in seconds (0 unless balanced by latency); tagged service and instance. */
    public static final String INSTANCE_LATENCY_ESTIMATE = "kugelpos.http.client.instance.latency.estimate";
    /** Counter of attempts shed by the client before sending, tagged service, endpoint, priority and reason. */
    public static final String SHED = "kugelpos.http.client.shed";
    /** Gauge of a service's adaptive concurrency limit, tagged service. */
    public static final String CONCURRENCY_LIMIT = "kugelpos.http.client.concurrency.limit";
    /** Gauge of connections (requests in flight) in use, tagged service. */
    public static final String CONNECTIONS_IN_USE = "kugelpos.http.client.connections.in_use";
    /** Gauge of calls waiting for a free connection, tagged service. */
    public static final String CONNECTIONS_WAITING = "kugelpos.http.client.connections.waiting";
    /** Gauge of the connection cap, tagged service. */
    public static final String CONNECTIONS_MAX = "kugelpos.http.client.connections.max";

    private MetricNames() {}
}
