package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.JOURNAL_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.reference.Service;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a fragmenting network (Toxiproxy {@code slicer} on responses: pieces of about 8 bytes, 2 ms
 * apart, so headers and JSON arrive split at arbitrary points). Responses are reassembled and parsed
 * exactly as without the fault, on the first attempt.
 */
class SlicerChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final Service JOURNAL = Service.JOURNAL;

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldParseFragmentedGetResponseExactlyOnFirstAttempt() {
        rig.phase("before");
        CallResult before = rig.callItemDetails();

        rig.phase("during");
        rig.fault("+ slicer 8 B / 2 ms", () -> rig.proxy(MASTER_DATA).toxics().slicer(8, Duration.ofMillis(2)));
        CallResult during = rig.callItemDetails();

        assertThat(during.succeeded()).as("during: %s", during.failure()).isTrue();
        assertThat(during.response().body()).isEqualTo(before.response().body());
        assertThat(during.response().data().path("itemCode").asText()).isEqualTo(KugelposCalls.ITEM_CODE);
        assertThat(during.millis()).as("about 80 slices 2 ms apart").isGreaterThanOrEqualTo(100);
        assertThat(rig.timeline().events(Kind.ATTEMPT, MASTER_DATA.serviceName(), "during")).singleElement()
                .extracting(TimelineEvent::status).isEqualTo(200);
    }

    @Test
    void shouldParseFragmentedPostResponseAndCreateOneRecord() {
        rig.phase("before");
        long recordsBefore = rig.provider(JOURNAL).recordsCreated(JOURNAL_RECORD);

        rig.phase("during");
        rig.fault("+ slicer 8 B / 2 ms", () -> rig.proxy(JOURNAL).toxics().slicer(8, Duration.ofMillis(2)));
        CallResult during = rig.callPostJournal(41, null);

        assertThat(during.succeeded()).as("during: %s", during.failure()).isTrue();
        assertThat(during.response().statusCode()).isEqualTo(201);
        assertThat(during.response().data().path("receipt_no").asInt()).isEqualTo(41);
        assertThat(rig.timeline().events(Kind.ATTEMPT, JOURNAL.serviceName(), "during")).hasSize(1);
        assertThat(rig.provider(JOURNAL).recordsCreated(JOURNAL_RECORD) - recordsBefore).isEqualTo(1);
    }
}
