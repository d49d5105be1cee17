package com.kugelpos.harness.figures;

/**
 * The merged client-side latencies of one request name in one simulation (all injectors together).
 *
 * @param simulation the simulation's class name, e.g. {@code PoolingSimulation}
 * @param request    the request name, e.g. {@code add item}
 * @param count      answered requests
 * @param p50        median latency, ms
 * @param p95        95th percentile, ms
 * @param p99        99th percentile, ms
 * @param max        slowest, ms
 * @param perSecond  throughput over the simulation's span, requests per second
 */
public record LatencyRow(String simulation, String request, long count, double p50, double p95, double p99, double max,
                         double perSecond) {
}
