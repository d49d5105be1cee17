package com.kugelpos.harness.figures;

import com.kugelpos.harness.report.FailedTest;
import com.kugelpos.harness.report.SuiteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the client must do under each fault (service × fault → expected behaviour → the chaos test
 * that proves it), and what the last run observed: the test's result and, from the chaos report,
 * the calls' outcomes, retries and breaker transitions (a suite without a timeline gives its JUnit result only).
 */
public final class ResiliencyMatrix {

    private static final String MD = "master-data";
    private static final String JOURNAL = "journal";

    /** The expected behaviour, one row per chaos test. */
    public static final List<Expectation> EXPECTED = List.of(
            new Expectation(MD, "latency 200 ms (below the response timeout)", "answers on the first attempt, no retry, breaker stays closed",
                    "LatencyChaosIT", "shouldAnswerOnFirstAttemptWhenLatencyIsBelowResponseTimeout"),
            new Expectation(MD, "latency 800 ms (above the response timeout)", "3 attempts time out with exponential backoff; the breaker opens, a probe closes it",
                    "LatencyChaosIT", "shouldTimeOutRetryWithBackoffAndOpenBreakerWhenLatencyIsAboveResponseTimeout"),
            new Expectation(MD, "down (connection refused)", "opens after exactly 3 connection failures; fails fast without touching the provider while open",
                    "DownChaosIT", "shouldOpenAfterExactlyThreeConnectionFailuresAndFailFastWithoutTouchingProviderWhileOpen"),
            new Expectation(MD, "back after down", "half-open: one successful probe closes the breaker",
                    "RecoveryChaosIT", "shouldCloseAfterOneSuccessfulProbeWhenServiceIsBack"),
            new Expectation(MD, "still down at the probe", "a failing probe opens the breaker again for a full period",
                    "RecoveryChaosIT", "shouldOpenAgainForAFullPeriodWhenProbeFails"),
            new Expectation(MD, "calls racing in half-open", "only one probe goes through",
                    "RecoveryChaosIT", "shouldLetOnlyOneProbeThroughWhenCallsRaceInHalfOpen"),
            new Expectation(MD, "bandwidth low, body arrives in time", "reads and parses the slow response within the deadline",
                    "BandwidthChaosIT", "shouldReadAndParseSlowResponseWithinDeadlineWhenBandwidthIsLow"),
            new Expectation(MD, "bandwidth too low for the timeout", "each attempt times out at the response timeout",
                    "BandwidthChaosIT", "shouldTimeOutEachAttemptWhenResponseCannotArriveWithinResponseTimeout"),
            new Expectation(MD, "reset_peer mid-response (GET)", "the GET is retried and succeeds",
                    "ResetPeerChaosIT", "shouldRetryGetWhenConnectionIsResetMidResponse"),
            new Expectation(JOURNAL, "reset_peer mid-response (POST, no idempotency key)", "not retried; fails clearly",
                    "ResetPeerChaosIT", "shouldNotRetryPostWithoutIdempotencyKeyWhenConnectionIsResetMidResponse"),
            new Expectation(JOURNAL, "reset_peer once (POST with idempotency key)", "retried; the journal records it once",
                    "ResetPeerChaosIT", "shouldRetryPostWithIdempotencyKeyAndRecordItOnceWhenResetIsTransient"),
            new Expectation(JOURNAL, "reset_peer persisting (POST with idempotency key)", "retried until it gives up; recorded at most once",
                    "ResetPeerChaosIT", "shouldRetryPostWithIdempotencyKeyAndRecordItOnceWhenResetPersists"),
            new Expectation(MD, "limit_data: GET body truncated", "fails clearly as truncated and retries the GET",
                    "LimitDataChaosIT", "shouldFailClearlyAndRetryGetWhenBodyIsTruncated"),
            new Expectation(JOURNAL, "limit_data: POST response cut in its headers", "fails without retry; one record kept",
                    "LimitDataChaosIT", "shouldFailWithoutRetryAndKeepOneRecordWhenPostResponseIsCutInItsHeaders"),
            new Expectation(MD, "slicer (GET response in fragments)", "parsed exactly on the first attempt",
                    "SlicerChaosIT", "shouldParseFragmentedGetResponseExactlyOnFirstAttempt"),
            new Expectation(JOURNAL, "slicer (POST response in fragments)", "parsed; one record created",
                    "SlicerChaosIT", "shouldParseFragmentedPostResponseAndCreateOneRecord"),
            new Expectation(MD, "slow_close, responses complete", "does not wait for the lingering close",
                    "SlowCloseChaosIT", "shouldNotWaitForTheLingeringCloseWhenResponsesAreComplete"),
            new Expectation(MD, "slow_close within the response timeout", "reports the truncation",
                    "SlowCloseChaosIT", "shouldReportTruncationWhenTheLateCloseArrivesWithinTheResponseTimeout"),
            new Expectation(MD, "slow_close beyond the response timeout", "times out",
                    "SlowCloseChaosIT", "shouldTimeOutWhenTheLateCloseOutlastsTheResponseTimeout"),
            new Expectation(MD, "timeout toxic (no data ever)", "ends at its deadline and frees the connection slot",
                    "TimeoutToxicChaosIT", "shouldEndAtItsDeadlineAndFreeTheConnectionSlotWhenNoDataArrives"),
            new Expectation(MD, "timeout toxic holding the only slot", "the next call fails with no free connection",
                    "TimeoutToxicChaosIT", "shouldFailWithNoFreeConnectionWhileTheOnlySlotIsHeldByAHungCall"),
            new Expectation(MD + " ×2", "one instance down", "keeps succeeding on the other instance",
                    "LoadBalancingEjectionChaosIT", "shouldKeepSucceedingOnTheOtherInstanceWhenOneIsDown"),
            new Expectation(MD + " ×2", "one instance resets its connections", "keeps succeeding on the other instance",
                    "LoadBalancingEjectionChaosIT", "shouldKeepSucceedingOnTheOtherInstanceWhenOneResetsItsConnections"),
            new Expectation("master-data, journal", "random mixed faults (soak)", "every call ends in time; no duplicates, no leaked slots or threads",
                    "MixedFaultSoakChaosIT", "shouldEndEveryCallInTimeWithoutDuplicatesOrLeaksUnderRandomFaults"));

    private ResiliencyMatrix() {}

    /**
     * The matrix with what this run observed.
     *
     * @param chaos  the chaos report's scenarios
     * @param suites the chaos part's JUnit results
     */
    public static List<MatrixRow> observe(ChaosResults chaos, List<SuiteResult> suites) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Expectation expected : EXPECTED) {
            Optional<SuiteResult> suite = suites.stream().filter(s -> s.simpleName().equals(expected.testClass())).findFirst();
            Optional<ChaosScenario> scenario = chaos.scenario(expected.testClass(), expected.testMethod());
            MatrixRow.Result result = result(suite, scenario, expected);
            rows.add(new MatrixRow(expected, result, scenario.isEmpty() && result != MatrixRow.Result.NOT_RUN
                    ? "its suite records no timeline; the test's JUnit result only" : observed(scenario)));
        }
        return rows;
    }

    private static MatrixRow.Result result(Optional<SuiteResult> suite, Optional<ChaosScenario> scenario, Expectation expected) {
        boolean failedInReport = suite.map(s -> s.failedTests().stream().map(FailedTest::name)
                .anyMatch(name -> name.startsWith(expected.testMethod()))).orElse(false);
        if (failedInReport || scenario.map(s -> !s.passed()).orElse(false)) {
            return MatrixRow.Result.FAILED;
        }
        return scenario.isPresent() || suite.isPresent() ? MatrixRow.Result.PASSED : MatrixRow.Result.NOT_RUN;
    }

    private static String observed(Optional<ChaosScenario> found) {
        if (found.isEmpty()) {
            return "no result in the chaos report";
        }
        ChaosScenario s = found.get();
        int calls = s.calls().values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        text.append(calls).append(calls == 1 ? " call" : " calls");
        if (!s.calls().isEmpty()) {
            text.append(" (").append(s.calls().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "))).append(')');
        }
        text.append(", ").append(s.attempts()).append(" attempts, ").append(s.retries()).append(" retries");
        for (Map.Entry<String, List<String>> t : s.transitions().entrySet()) {
            text.append("; breaker ").append(t.getKey()).append(": ").append(String.join(" → ", t.getValue()));
        }
        if (s.transitions().isEmpty()) {
            text.append("; no breaker transition");
        }
        if (!s.passed() && !s.failure().isBlank()) {
            text.append("; FAILED: ").append(s.failure().length() > 200 ? s.failure().substring(0, 200) + "…" : s.failure());
        }
        return text.toString();
    }
}
