package com.kugelpos.harness.history;

import java.util.List;

/**
 * What the regression gate found.
 *
 * @param findings       every figure it judged
 * @param referenceRuns  how many runs it compared with
 */
public record GateResult(List<GateFinding> findings, int referenceRuns) {

    /** Copies the list. */
    public GateResult {
        findings = List.copyOf(findings);
    }

    /** The figures that regressed past their margin. */
    public List<GateFinding> regressions() {
        return findings.stream().filter(GateFinding::regressed).toList();
    }

    /** Whether no judged figure regressed (true also while the history is too short to judge). */
    public boolean passed() {
        return regressions().isEmpty();
    }

    /** Whether the history was long enough to judge any figure. */
    public boolean judged() {
        return !findings.isEmpty();
    }
}
