package com.kugelpos.harness.figures;

/**
 * One JMH benchmark case.
 *
 * @param benchmark  the benchmark method without its package, e.g. {@code LoopbackBenchmark.call}
 * @param params     its parameters, e.g. {@code client=CLIENT_CORE, inFlight=64}
 * @param mode       JMH's mode: {@code thrpt} (calls/s) or {@code avgt} (ns/op)
 * @param score      the primary score
 * @param unit       its unit, e.g. {@code ops/s}
 * @param bytesPerOp allocation per operation ({@code gc.alloc.rate.norm}), NaN when not measured
 */
public record JmhRow(String benchmark, String params, String mode, double score, String unit, double bytesPerOp) {

    /** The case's name as the page and history show it, e.g. {@code LoopbackBenchmark.call [client=JDK]}. */
    public String label() {
        return params.isEmpty() ? benchmark : benchmark + " [" + params + "]";
    }
}
