package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.reference.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a congested link (Toxiproxy {@code bandwidth} on responses; an item-details response is
 * about 650 bytes with its headers). A slow response is read whole and parsed as usual within the
 * deadline; one too slow for the response timeout is cut there, because the timeout covers the body.
 */
class BandwidthChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final long TIMEOUT_MS = ChaosRig.SETTINGS.timeouts().response().toMillis();

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldReadAndParseSlowResponseWithinDeadlineWhenBandwidthIsLow() {
        rig.phase("before");
        CallResult before = rig.callItemDetails();

        rig.phase("during");
        rig.fault("+ bandwidth 3 KB/s", () -> rig.proxy(MASTER_DATA).toxics().bandwidth(3));
        CallResult during = rig.callItemDetails();

        assertThat(during.succeeded()).as("during: %s", during.failure()).isTrue();
        assertThat(during.response().bodyText()).isEqualTo(before.response().bodyText());
        assertThat(during.response().data().path("itemCode").asText()).isEqualTo(KugelposCalls.ITEM_CODE);
        assertThat(during.millis()).as("about 650 bytes at 3 KB/s").isBetween(150L, TIMEOUT_MS);
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).singleElement()
                .extracting(TimelineEvent::status).isEqualTo(200);
    }

    @Test
    void shouldTimeOutEachAttemptWhenResponseCannotArriveWithinResponseTimeout() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("during");
        rig.fault("+ bandwidth 1 KB/s", () -> rig.proxy(MASTER_DATA).toxics().bandwidth(1));
        CallResult during = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("failed after 3 attempts: response timeout");
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).hasSize(3)
                .extracting(TimelineEvent::label).containsOnly("response timeout");
        assertThat(rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore).isEqualTo(3);
        assertThat(rig.connectionsInUse(MASTER_DATA)).isZero();
    }
}
