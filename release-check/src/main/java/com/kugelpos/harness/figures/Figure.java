package com.kugelpos.harness.figures;

/**
 * One number of a run that the history keeps and the regression gate may compare.
 *
 * @param name   stable name, e.g. {@code gatling.PoolingSimulation.add item.p99}
 * @param value  the value
 * @param unit   its unit, e.g. {@code ms}, {@code req/s}, {@code B/op}
 * @param better which way is better; {@link Better#NEITHER} figures are drawn but never gated
 */
public record Figure(String name, double value, String unit, Better better) {

    /** Which way a figure improves. */
    public enum Better {
        /** Smaller is better (latencies, allocations). */
        LOWER,
        /** Larger is better (throughput). */
        HIGHER,
        /** Only shown. */
        NEITHER
    }
}
