package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.CircuitState;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: master-data down, then back (the proxy disabled, then enabled). After the breaker's open
 * period it lets one probe through: a successful probe closes it, a failing one opens it again for a
 * full period, and calls racing the probe fail fast; a cancelled probe frees its place at once.
 */
class RecoveryChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final long OPEN_MS = ChaosRig.SETTINGS.breaker().openDuration().toMillis();
    private static final int RACING_CALLS = 5;

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldCloseAfterOneSuccessfulProbeWhenServiceIsBack() {
        openBreakerWithServiceDown();

        rig.phase("back, breaker open");
        rig.fault("proxy enabled", () -> rig.proxy(MASTER_DATA).enable());
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        long requestsBeforeProbe = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("probe");
        CallResult probe = rig.callItemDetails();
        long probeRequests = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBeforeProbe;
        List<CallResult> afterwards = IntStream.range(0, 5)
                .mapToObj(i -> rig.callItemDetails()).toList();

        assertThat(probe.succeeded()).as("probe: %s", probe.failure()).isTrue();
        assertThat(probeRequests).isEqualTo(1);
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "probe")).hasSize(1 + afterwards.size());
        assertThat(afterwards).allMatch(CallResult::succeeded);
        assertThat(rig.timeline().transitions(MD)).containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
        assertThat(openPeriodsMillis()).singleElement().satisfies(open -> assertThat(open).isBetween(OPEN_MS - 5.0, OPEN_MS + (double) ChaosRig.SLACK_MS));
    }

    @Test
    void shouldOpenAgainForAFullPeriodWhenProbeFails() {
        openBreakerWithServiceDown();
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);

        rig.phase("failing probe");
        CallResult probe = rig.callItemDetails();
        CallResult rightAfter = rig.callItemDetails();

        rig.phase("back");
        rig.fault("proxy enabled", () -> rig.proxy(MASTER_DATA).enable());
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        CallResult secondProbe = rig.callItemDetails();

        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "failing probe")).as("only the probe is sent").singleElement()
                .satisfies(attempt -> assertThat(attempt.label()).isEqualTo("connection refused"));
        // the probe's retry meets the re-opened breaker: the call ends with the probe's own failure,
        // the breaker's refusal attached as suppressed
        assertThat(probe.failure()).isInstanceOfSatisfying(ConnectionFailureException.class, failure -> {
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.getSuppressed()).hasAtLeastOneElementOfType(CircuitBreakerOpenException.class);
        });
        assertThat(rightAfter.failure()).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(((CircuitBreakerOpenException) rightAfter.failure()).retryIn())
                .as("a full open period again").isBetween(Duration.ofMillis(OPEN_MS - ChaosRig.SLACK_MS), Duration.ofMillis(OPEN_MS));
        assertThat(secondProbe.succeeded()).as("second probe: %s", secondProbe.failure()).isTrue();
        assertThat(rig.timeline().transitions(MD)).containsExactly(
                "CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
        assertThat(openPeriodsMillis()).hasSize(2)
                .allSatisfy(open -> assertThat(open).isBetween(OPEN_MS - 5.0, OPEN_MS + (double) ChaosRig.SLACK_MS));
    }

    @Test
    void shouldLetOnlyOneProbeThroughWhenCallsRaceInHalfOpen() {
        openBreakerWithServiceDown();

        rig.phase("back slowly");
        rig.fault("proxy enabled + latency 150 ms", () -> {
            rig.proxy(MASTER_DATA).toxics().latency(Duration.ofMillis(150));
            rig.proxy(MASTER_DATA).enable();
        });
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("racing calls");
        List<CompletableFuture<ServiceResponse>> racing = IntStream.range(0, RACING_CALLS)
                .mapToObj(i -> rig.startItemDetails()).toList();
        List<CallResult> results = racing.stream().map(call -> CallResult.of(() -> call)).toList();

        assertThat(results).filteredOn(CallResult::succeeded).as("the probe").hasSize(1);
        assertThat(results).filteredOn(call -> !call.succeeded()).hasSize(RACING_CALLS - 1).allSatisfy(call ->
                assertThat(call.failure()).isInstanceOf(CircuitBreakerOpenException.class)
                        .hasMessageContaining("is HALF_OPEN")
                        .hasMessageContaining("a probe call is under way"));
        assertThat(rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore).isEqualTo(1);
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldAdmitTheNextCallAsTheProbeAtOnceAndFreeTheSlotWhenTheProbeIsCancelled() {
        openBreakerWithServiceDown();

        rig.phase("back but hung");
        rig.fault("proxy enabled + timeout (no answer)", () -> {
            rig.proxy(MASTER_DATA).toxics().timeout();
            rig.proxy(MASTER_DATA).enable();
        });
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);
        long repeatedBefore = rig.provider(MASTER_DATA).repeatedRequestCount(ITEM_ROUTE);
        CompletableFuture<ServiceResponse> hungProbe = rig.startItemDetails();
        Awaitility.await("the probe's request answered by master-data, the answer held by the proxy")
                .atMost(Duration.ofSeconds(2))
                .until(() -> rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) == requestsBefore + 1);
        CallResult refused = rig.callItemDetails();
        double inUseWhileHung = rig.connectionsInUse(MASTER_DATA);
        rig.fault("timeout removed", () -> rig.proxy(MASTER_DATA).removeAllToxics());

        rig.phase("probe cancelled");
        long cancelledAt = System.nanoTime();
        hungProbe.cancel(true);
        double inUseAfterCancel = rig.connectionsInUse(MASTER_DATA);
        CompletableFuture<ServiceResponse> next = rig.startItemDetails();
        long admittedAfterNanos = System.nanoTime() - cancelledAt;
        CallResult nextProbe = CallResult.of(() -> next);
        String admitted = String.format(Locale.ROOT, "%.2f ms", admittedAfterNanos / 1e6);
        rig.timeline().figure("next call admitted as the probe after the cancel", admitted);
        rig.timeline().figure("connection slots in use right after the cancel", inUseAfterCancel);
        System.out.printf(Locale.ROOT, "CANCELLED PROBE figure: next call admitted %s after the cancel; slots in use"
                + " right after it %.0f%n", admitted, inUseAfterCancel);

        assertThat(refused.failure()).as("while the probe is under way").isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(inUseWhileHung).as("the hung probe holds its slot").isEqualTo(1);
        assertThat(inUseAfterCancel).as("the cancelled probe's slot is free at once").isZero();
        assertThat(nextProbe.succeeded()).as("the next call is the new probe: %s", nextProbe.failure()).isTrue();
        assertThat(Duration.ofNanos(admittedAfterNanos)).as("the next call admitted after the cancel")
                .isLessThan(Duration.ofMillis(50));
        long repeated = rig.provider(MASTER_DATA).repeatedRequestCount(ITEM_ROUTE) - repeatedBefore;
        assertThat(rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore - repeated)
                .as("the two probes (%d re-sent by the JDK below the client)", repeated).isEqualTo(2);
        assertThat(rig.timeline().transitions(MD)).containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
    }

    private void openBreakerWithServiceDown() {
        rig.phase("down");
        rig.fault("proxy disabled (down)", () -> rig.proxy(MASTER_DATA).disable());
        for (int i = 0; i < ChaosRig.SETTINGS.breaker().failureThreshold(); i++) {
            CallResult down = rig.callItemDetails();
            assertThat(down.failure()).as("failed call %d of those that open the breaker", i + 1).isNotNull();
        }
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.OPEN);
    }

    /** How long each open period lasted, from the transition to OPEN to the next one out of OPEN. */
    private List<Double> openPeriodsMillis() {
        List<TimelineEvent> transitions = rig.timeline().events().stream()
                .filter(e -> e.kind() == Kind.BREAKER && MD.equals(e.service())).toList();
        return IntStream.range(0, transitions.size() - 1)
                .filter(i -> transitions.get(i).breakerTo().equals("OPEN"))
                .mapToObj(i -> transitions.get(i + 1).atMillis() - transitions.get(i).atMillis())
                .toList();
    }
}
