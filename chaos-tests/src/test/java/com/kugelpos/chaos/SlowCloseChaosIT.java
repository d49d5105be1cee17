package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a lingering close (Toxiproxy {@code slow_close} on responses: when the connection is closed
 * the client learns it only after a delay). A complete response is used at once, without waiting for
 * any close; a truncated one is reported when the late close arrives, and never later than the
 * attempt's response timeout.
 */
class SlowCloseChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final long TIMEOUT_MS = ChaosRig.SETTINGS.timeouts().response().toMillis();
    private static final long TRUNCATE_AT = 300;

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldNotWaitForTheLingeringCloseWhenResponsesAreComplete() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long acceptedBefore = rig.provider(MASTER_DATA).connectionsAccepted();

        rig.phase("during");
        rig.fault("+ slow_close 2 s", () -> rig.proxy(MASTER_DATA).toxics().slowClose(Duration.ofSeconds(2)));
        List<CallResult> during = IntStream.range(0, 5)
                .mapToObj(i -> rig.callItemDetails()).toList();

        assertThat(during).allSatisfy(call -> {
            assertThat(call.succeeded()).as("%s", call.failure()).isTrue();
            assertThat(call.millis()).as("far below the 2 s close delay").isLessThan(TIMEOUT_MS);
        });
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).hasSize(5);
        assertThat(rig.provider(MASTER_DATA).connectionsAccepted() - acceptedBefore)
                .as("the keep-alive connection is reused").isLessThanOrEqualTo(1);
    }

    @Test
    void shouldReportTruncationWhenTheLateCloseArrivesWithinTheResponseTimeout() {
        rig.phase("during");
        rig.fault("+ limit_data 300 B + slow_close 250 ms", () -> {
            rig.proxy(MASTER_DATA).toxics().limitData(TRUNCATE_AT);
            rig.proxy(MASTER_DATA).toxics().slowClose(Duration.ofMillis(250));
        });
        CallResult during = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageEndingWith("failed after 3 attempts: connection closed before the response was complete (truncated response)");
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).hasSize(3).allSatisfy(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("truncated");
            assertThat(attempt.millis()).as("waited for the late close").isBetween(250.0, (double) TIMEOUT_MS);
        });
    }

    @Test
    void shouldTimeOutWhenTheLateCloseOutlastsTheResponseTimeout() {
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);
        rig.phase("during");
        rig.fault("+ limit_data 300 B + slow_close 1.5 s", () -> {
            rig.proxy(MASTER_DATA).toxics().limitData(TRUNCATE_AT);
            rig.proxy(MASTER_DATA).toxics().slowClose(Duration.ofMillis(1500));
        });
        CallResult during = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageEndingWith("failed after 3 attempts: response timeout");
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).hasSize(3)
                .extracting(TimelineEvent::label).containsOnly("response timeout");
        assertThat(rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore).isEqualTo(3);
        assertThat(rig.connectionsInUse(MASTER_DATA)).isZero();
    }
}
