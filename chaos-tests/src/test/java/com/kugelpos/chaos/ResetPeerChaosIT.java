package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static com.kugelpos.chaos.support.KugelposCalls.JOURNAL_RECORD;
import static com.kugelpos.chaos.support.KugelposCalls.JOURNAL_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.config.BreakerCounting;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: the connection is reset as the response starts (Toxiproxy {@code reset_peer} on responses):
 * the service has done the work, the client gets no answer. A GET is retried; a POST without an
 * {@code Idempotency-Key} is not, because its record may exist; a POST with one is retried and the
 * provider keeps exactly one record.
 */
class ResetPeerChaosIT {

    /**
     * The JDK's HTTP client itself sends a GET a second time when the connection closes before the
     * first response byte (MultiExchange retries idempotent requests once on ConnectionExpiredException),
     * unseen by client-core: so the provider counts two GETs per attempt the client reports.
     */
    private static final int JDK_SENDS_PER_GET_ATTEMPT = 2;

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final Service JOURNAL = Service.JOURNAL;

    /** This suite is about the attempts of one call, so its breaker counts attempts (CIRCUIT_BREAKER_COUNTS=attempts). */
    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest(settings -> settings.breaker(b -> b.counting(BreakerCounting.ATTEMPTS)));

    @Test
    void shouldRetryGetWhenConnectionIsResetMidResponse() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("during");
        rig.fault("+ reset_peer on responses", () -> rig.proxy(MASTER_DATA).toxics().resetPeerMidResponse());
        CallResult during = rig.callItemDetails();
        long requestsDuring = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE, 200) - requestsBefore;

        rig.phase("after");
        rig.healAll();
        rig.awaitBreaker(MASTER_DATA, CircuitState.HALF_OPEN);
        CallResult after = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("GET master-data")
                .hasMessageContaining("failed after 3 attempts");
        assertThat(rig.timeline().events(Kind.ATTEMPT, MASTER_DATA.serviceName(), "during"))
                .extracting(TimelineEvent::attempt).containsExactly(1, 2, 3);
        assertThat(rig.timeline().events(Kind.RETRY, MASTER_DATA.serviceName(), "during")).hasSize(2);
        assertThat(requestsDuring).as("master-data answered every GET it got with 200")
                .isEqualTo(3L * JDK_SENDS_PER_GET_ATTEMPT);
        assertThat(after.succeeded()).as("after: %s", after.failure()).isTrue();
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldNotRetryPostWithoutIdempotencyKeyWhenConnectionIsResetMidResponse() {
        rig.phase("before");
        assertThat(rig.callPostJournal(1, null).succeeded()).isTrue();
        StatsSnapshot before = rig.provider(JOURNAL);

        rig.phase("during");
        rig.fault("+ reset_peer on responses", () -> rig.proxy(JOURNAL).toxics().resetPeerMidResponse());
        CallResult during = rig.callPostJournal(2, null);
        StatsSnapshot afterFault = rig.provider(JOURNAL);

        rig.phase("after");
        rig.healAll();
        CallResult after = rig.callPostJournal(3, null);

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("POST journal")
                .hasMessageContaining("failed after 1 attempt");
        assertThat(((HttpClientError) during.failure()).attempts()).isEqualTo(1);
        assertThat(rig.timeline().events(Kind.ATTEMPT, JOURNAL.serviceName(), "during")).hasSize(1);
        assertThat(rig.timeline().events(Kind.RETRY, JOURNAL.serviceName(), "during")).isEmpty();
        assertThat(afterFault.requestCount(JOURNAL_ROUTE) - before.requestCount(JOURNAL_ROUTE)).isEqualTo(1);
        assertThat(afterFault.recordsCreated(JOURNAL_RECORD) - before.recordsCreated(JOURNAL_RECORD))
                .as("the journal exists although the client saw a failure: a blind retry would duplicate it")
                .isEqualTo(1);
        assertThat(after.succeeded()).isTrue();
        assertThat(rig.provider(JOURNAL).recordsCreated(JOURNAL_RECORD)).isEqualTo(before.recordsCreated(JOURNAL_RECORD) + 2);
        assertThat(rig.breaker(JOURNAL)).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void shouldRetryPostWithIdempotencyKeyAndRecordItOnceWhenResetIsTransient() {
        rig.phase("before");
        assertThat(rig.callPostJournal(1, "before-1").succeeded()).isTrue();
        StatsSnapshot before = rig.provider(JOURNAL);

        rig.phase("during");
        rig.fault("+ reset_peer on responses (until the first failed attempt)",
                () -> rig.proxy(JOURNAL).toxics().resetPeerMidResponse());
        rig.healAfterNextFailedAttempt(JOURNAL);
        CallResult during = rig.callPostJournal(2, "sale-T1-S1-1-2");
        StatsSnapshot afterFault = rig.provider(JOURNAL);

        assertThat(during.succeeded()).as("during: %s", during.failure()).isTrue();
        assertThat(during.response().statusCode()).isEqualTo(201);
        assertThat(during.response().header("Idempotent-Replayed")).as("the retry got the stored answer").hasValue("true");
        assertThat(during.response().data().path("receipt_no").asInt()).isEqualTo(2);
        assertThat(rig.timeline().events(Kind.ATTEMPT, JOURNAL.serviceName(), "during"))
                .extracting(TimelineEvent::status).containsExactly(0, 201);
        assertThat(afterFault.requestCount(JOURNAL_ROUTE, 201) - before.requestCount(JOURNAL_ROUTE, 201)).isEqualTo(2);
        assertThat(afterFault.recordsCreated(JOURNAL_RECORD) - before.recordsCreated(JOURNAL_RECORD)).isEqualTo(1);
    }

    @Test
    void shouldRetryPostWithIdempotencyKeyAndRecordItOnceWhenResetPersists() {
        rig.phase("before");
        StatsSnapshot before = rig.provider(JOURNAL);

        rig.phase("during");
        rig.fault("+ reset_peer on responses", () -> rig.proxy(JOURNAL).toxics().resetPeerMidResponse());
        CallResult during = rig.callPostJournal(7, "sale-T1-S1-1-7");
        StatsSnapshot afterFault = rig.provider(JOURNAL);

        assertThat(during.failure()).isInstanceOf(ConnectionFailureException.class)
                .hasMessageContaining("POST journal")
                .hasMessageContaining("failed after 3 attempts");
        assertThat(afterFault.requestCount(JOURNAL_ROUTE, 201) - before.requestCount(JOURNAL_ROUTE, 201))
                .as("each attempt reached journal: the first created, the two retries replayed").isEqualTo(3);
        assertThat(afterFault.recordsCreated(JOURNAL_RECORD) - before.recordsCreated(JOURNAL_RECORD)).isEqualTo(1);
        assertThat(rig.breaker(JOURNAL)).isEqualTo(CircuitState.OPEN);
    }
}
