package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a slow master-data (Toxiproxy {@code latency} on responses). Below the response timeout the
 * call just takes longer; above it every attempt times out, is retried with exponential backoff, and
 * the third timeout opens the breaker (counting attempts, as this suite's breaker does).
 */
class LatencyChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final long TIMEOUT_MS = ChaosRig.SETTINGS.timeouts().response().toMillis();
    private static final long BACKOFF_BASE_MS = ChaosRig.SETTINGS.retry().backoffBase().toMillis();

    /** This suite is about the attempts of one call, so its breaker counts attempts (CIRCUIT_BREAKER_COUNTS=attempts). */
    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest(settings -> settings.breaker(b -> b.counting(BreakerCounting.ATTEMPTS)));

    @Test
    void shouldAnswerOnFirstAttemptWhenLatencyIsBelowResponseTimeout() {
        rig.phase("before");
        CallResult before = rig.callItemDetails();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("during");
        rig.fault("+ latency 200 ms", () -> rig.proxy(MASTER_DATA).toxics().latency(Duration.ofMillis(200)));
        CallResult during = rig.callItemDetails();
        long requestsDuring = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore;

        rig.phase("after");
        rig.healAll();
        CallResult after = rig.callItemDetails();

        assertThat(before.succeeded()).as("before: %s", before.failure()).isTrue();
        assertThat(during.succeeded()).as("during: %s", during.failure()).isTrue();
        assertThat(during.response().data().path("itemCode").asText()).isEqualTo(KugelposCalls.ITEM_CODE);
        assertThat(during.millis()).isBetween(200L, TIMEOUT_MS);
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).singleElement()
                .extracting(TimelineEvent::status).isEqualTo(200);
        assertThat(rig.timeline().events(Kind.RETRY, MD, "during")).isEmpty();
        assertThat(requestsDuring).isEqualTo(1);
        assertThat(after.succeeded()).isTrue();
        assertThat(after.millis()).isLessThan(200);
        assertThat(rig.timeline().transitions(MD)).isEmpty();
    }

    @Test
    void shouldTimeOutRetryWithBackoffAndOpenBreakerWhenLatencyIsAboveResponseTimeout() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("during");
        rig.fault("+ latency 800 ms", () -> rig.proxy(MASTER_DATA).toxics().latency(Duration.ofMillis(800)));
        CallResult during = rig.callItemDetails();
        CircuitState stateDuring = rig.breaker(MASTER_DATA);
        long requestsDuring = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore;

        rig.phase("after");
        rig.healAll();
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        CallResult probe = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("failed after 3 attempts: response timeout");
        List<TimelineEvent> attempts = rig.timeline().events(Kind.ATTEMPT, MD, "during");
        assertThat(attempts).extracting(TimelineEvent::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.label()).isEqualTo("response timeout");
            assertThat(attempt.millis()).isBetween((double) TIMEOUT_MS, TIMEOUT_MS + (double) ChaosRig.SLACK_MS);
        });
        List<TimelineEvent> retries = rig.timeline().events(Kind.RETRY, MD, "during");
        assertThat(retries).extracting(TimelineEvent::attempt).containsExactly(2, 3);
        assertThat(retries.get(0).millis()).isBetween(BACKOFF_BASE_MS / 2.0, (double) BACKOFF_BASE_MS);
        assertThat(retries.get(1).millis()).isBetween((double) BACKOFF_BASE_MS, 2.0 * BACKOFF_BASE_MS);
        for (int i = 0; i < 2; i++) {
            assertThat(attempts.get(i + 1).startMillis() - attempts.get(i).atMillis())
                    .as("pause before attempt %d", i + 2).isGreaterThanOrEqualTo(retries.get(i).millis() - 1);
        }
        assertThat(requestsDuring).as("latency holds responses back: every attempt reached master-data").isEqualTo(3);
        assertThat(stateDuring).isEqualTo(CircuitState.OPEN);
        assertThat(probe.succeeded()).isTrue();
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.CLOSED);
        assertThat(rig.timeline().transitions(MD)).containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
        assertThat(rig.connectionsInUse(MASTER_DATA)).isZero();
    }
}
