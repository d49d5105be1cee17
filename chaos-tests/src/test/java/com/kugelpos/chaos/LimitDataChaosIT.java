package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static com.kugelpos.chaos.support.KugelposCalls.JOURNAL_RECORD;
import static com.kugelpos.chaos.support.KugelposCalls.JOURNAL_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a truncated response (Toxiproxy {@code limit_data} on responses: the connection closes after
 * a number of bytes). The client fails with a clear connection failure, never hands the partial JSON
 * to the parser, retries the GET and does not retry the POST without an {@code Idempotency-Key}.
 */
class LimitDataChaosIT {

    /** Cuts an item-details response (about 200 bytes of headers, 452 of JSON) inside its JSON body. */
    private static final long INSIDE_BODY = 300;
    /** Cuts a response inside its headers. */
    private static final long INSIDE_HEADERS = 100;

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final Service JOURNAL = Service.JOURNAL;

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest();

    @Test
    void shouldFailClearlyAndRetryGetWhenBodyIsTruncated() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE, 200);

        rig.phase("during");
        rig.fault("+ limit_data 300 B", () -> rig.proxy(MASTER_DATA).toxics().limitData(INSIDE_BODY));
        CallResult during = rig.callItemDetails();

        assertNoParserInvolved(assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("GET master-data")
                .hasMessageEndingWith("failed after 3 attempts: connection closed before the response was complete (truncated response)"));
        assertThat(rig.timeline().events(Kind.ATTEMPT, MASTER_DATA.serviceName(), "during")).hasSize(3)
                .extracting(TimelineEvent::outcome).containsOnly("truncated");
        assertThat(rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE, 200) - requestsBefore)
                .as("part of each answer arrived, so the JDK did not replay the GET on its own").isEqualTo(3);
    }

    @Test
    void shouldFailWithoutRetryAndKeepOneRecordWhenPostResponseIsCutInItsHeaders() {
        rig.phase("before");
        StatsSnapshot before = rig.provider(JOURNAL);

        rig.phase("during");
        rig.fault("+ limit_data 100 B", () -> rig.proxy(JOURNAL).toxics().limitData(INSIDE_HEADERS));
        CallResult during = rig.callPostJournal(9, null);
        StatsSnapshot afterFault = rig.provider(JOURNAL);

        assertNoParserInvolved(assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("POST journal")
                .hasMessageContaining("failed after 1 attempt"));
        assertThat(((HttpClientError) during.failure()).attempts()).isEqualTo(1);
        assertThat(rig.timeline().events(Kind.RETRY, JOURNAL.serviceName(), "during")).isEmpty();
        assertThat(afterFault.requestCount(JOURNAL_ROUTE) - before.requestCount(JOURNAL_ROUTE)).isEqualTo(1);
        assertThat(afterFault.recordsCreated(JOURNAL_RECORD) - before.recordsCreated(JOURNAL_RECORD)).isEqualTo(1);
    }

    private static void assertNoParserInvolved(AbstractThrowableAssert<?, ? extends Throwable> failure) {
        failure.satisfies(error -> {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                assertThat(cause).as("a truncated body must not reach the JSON parser").isNotInstanceOf(JacksonException.class);
            }
        });
    }
}
