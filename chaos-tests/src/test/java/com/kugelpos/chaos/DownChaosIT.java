package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.CircuitState;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: master-data down (the Toxiproxy proxy disabled, so connections are refused). Connection
 * errors are retried, exactly three consecutive failed calls (of three attempts each; the breaker
 * counts logical calls) open the breaker, and while it is open calls fail fast without reaching
 * master-data, even once it is reachable again.
 */
class DownChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final int FAIL_FAST_CALLS = 5;
    private static final int FAILED_CALLS_TO_OPEN = ChaosRig.SETTINGS.breaker().failureThreshold();
    private static final long TIMEOUT_MS = ChaosRig.SETTINGS.timeouts().response().toMillis();

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldOpenAfterExactlyThreeFailedCallsAndFailFastWithoutTouchingProviderWhileOpen() {
        rig.phase("before");
        CallResult before = rig.callItemDetails();

        rig.phase("down");
        rig.fault("proxy disabled (down)", () -> rig.proxy(MASTER_DATA).disable());
        List<CallResult> down = new ArrayList<>();
        for (int i = 0; i < FAILED_CALLS_TO_OPEN; i++) {
            down.add(rig.callItemDetails());
            if (i < FAILED_CALLS_TO_OPEN - 1) {
                assertThat(rig.breaker(MASTER_DATA)).as("after %d failed calls", i + 1).isEqualTo(CircuitState.CLOSED);
            }
        }

        rig.phase("open");
        rig.fault("proxy enabled (service reachable)", () -> rig.proxy(MASTER_DATA).enable());
        StatsSnapshot providerAtOpen = rig.provider(MASTER_DATA);
        List<CallResult> whileOpen = new ArrayList<>();
        for (int i = 0; i < FAIL_FAST_CALLS; i++) {
            whileOpen.add(rig.callItemDetails());
        }
        StatsSnapshot providerAfterOpen = rig.provider(MASTER_DATA);

        assertThat(before.succeeded()).as("before: %s", before.failure()).isTrue();
        assertThat(down).allSatisfy(call -> assertThat(call.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("GET master-data /api/v1/tenants/{tenantId}/stores/{storeCode}/items/{itemCode}/details")
                .hasMessageEndingWith("failed after 3 attempts: connection refused"));
        List<TimelineEvent> attempts = rig.timeline().events(Kind.ATTEMPT, MD, "down");
        assertThat(attempts).extracting(TimelineEvent::attempt).containsExactly(1, 2, 3, 1, 2, 3, 1, 2, 3);
        assertThat(attempts).extracting(TimelineEvent::status).containsOnly(0);
        assertThat(attempts).extracting(TimelineEvent::label).containsOnly("connection refused");
        List<TimelineEvent> opened = rig.timeline().events(Kind.BREAKER, MD, "down");
        assertThat(opened).extracting(TimelineEvent::label).containsExactly("CLOSED>OPEN");
        assertThat(opened.get(0).atMillis()).as("opened by the third failed call, not before")
                .isGreaterThanOrEqualTo(attempts.get(attempts.size() - 1).atMillis());
        assertThat(whileOpen).allSatisfy(call -> {
            assertThat(call.failure()).isInstanceOf(CircuitBreakerOpenException.class)
                    .hasMessageContaining("Circuit breaker for service 'master-data' is OPEN")
                    .hasMessageContaining("was not sent; it will let a probe through in");
            assertThat(((CircuitBreakerOpenException) call.failure()).attempts()).isZero();
            assertThat(call.millis()).as("fails fast: no wait for any network timeout").isLessThan(TIMEOUT_MS);
        });
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "open")).as("no attempt while open").isEmpty();
        assertThat(providerAfterOpen.connectionsAccepted()).as("no connection reaches master-data while open")
                .isEqualTo(providerAtOpen.connectionsAccepted());
        assertThat(providerAfterOpen.requestCount(ITEM_ROUTE)).isEqualTo(providerAtOpen.requestCount(ITEM_ROUTE));
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.OPEN);
        assertThat(rig.meters().get(MetricNames.CIRCUIT_TRANSITIONS).tags("service", MD, "to", "OPEN").counter().count())
                .isEqualTo(1.0);
        assertThat(rig.meters().get(MetricNames.CIRCUIT_STATE).tags("service", MD, "state", "OPEN").gauge().value())
                .isEqualTo(1.0);
    }
}
