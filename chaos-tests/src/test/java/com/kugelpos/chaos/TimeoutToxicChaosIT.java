package com.kugelpos.chaos;

import static com.kugelpos.chaos.support.KugelposCalls.ITEM_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.ServiceResponse;
import com.kugelpos.http.error.DeadlineExceededException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.error.NoFreeConnectionException;
import com.kugelpos.http.CircuitState;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault: a hung master-data (Toxiproxy {@code timeout} with no limit: the connection opens, no byte
 * of the response ever comes). The call's deadline holds, the connection slot is given back at once,
 * and a hung call holds its slot only until its deadline. The client has one connection slot here.
 */
class TimeoutToxicChaosIT {

    private static final Service MASTER_DATA = Service.MASTER_DATA;
    private static final String MD = MASTER_DATA.serviceName();
    private static final Duration DEADLINE = Duration.ofSeconds(1);

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest(settings -> settings.pool(p -> p.maxConnections(1).maxKeepAlive(1)));

    @Test
    void shouldEndAtItsDeadlineAndFreeTheConnectionSlotWhenNoDataArrives() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();
        long requestsBefore = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE);

        rig.phase("during");
        rig.fault("+ timeout (no data)", () -> rig.proxy(MASTER_DATA).toxics().timeout());
        long start = System.nanoTime();
        CompletableFuture<ServiceResponse> hung = rig.startItemDetails(DEADLINE);
        Awaitility.await("the hung call holds the slot").atMost(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> rig.connectionsInUse(MASTER_DATA) == 1);
        CallResult during = CallResult.of(() -> hung);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        double inUseRightAfter = rig.connectionsInUse(MASTER_DATA);
        long requestsDuring = rig.provider(MASTER_DATA).requestCount(ITEM_ROUTE) - requestsBefore;

        rig.phase("after");
        rig.healAll();
        CallResult after = rig.callItemDetails();

        assertThat(during.failure()).isInstanceOf(DeadlineExceededException.class)
                .hasMessageContaining("GET master-data")
                .hasMessageContaining("exceeded its deadline of 1000 ms");
        assertThat(tookMillis).as("the deadline holds").isBetween(DEADLINE.toMillis(), DEADLINE.toMillis() + ChaosRig.SLACK_MS);
        assertThat(rig.timeline().events(Kind.ATTEMPT, MD, "during")).hasSize(2)
                .extracting(TimelineEvent::label).containsOnly("response timeout");
        assertThat(inUseRightAfter).as("the slot is given back when the attempt times out").isZero();
        assertThat(requestsDuring).as("the requests reached master-data; only the responses were held").isEqualTo(2);
        assertThat(after.succeeded()).as("the only slot is free again: %s", after.failure()).isTrue();
        assertThat(rig.breaker(MASTER_DATA)).isEqualTo(CircuitState.CLOSED);
        Awaitility.await("master-data sees the abandoned connections closed").atMost(Duration.ofSeconds(2))
                .until(() -> rig.provider(MASTER_DATA).connectionsOpen() <= 1);
    }

    @Test
    void shouldFailWithNoFreeConnectionWhileTheOnlySlotIsHeldByAHungCall() {
        rig.phase("before");
        assertThat(rig.callItemDetails().succeeded()).isTrue();

        rig.phase("during");
        rig.fault("+ timeout (no data)", () -> rig.proxy(MASTER_DATA).toxics().timeout());
        CompletableFuture<ServiceResponse> hung = rig.startItemDetails(DEADLINE);
        Awaitility.await("the hung call holds the slot").atMost(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> rig.connectionsInUse(MASTER_DATA) == 1);
        CallResult waiting = rig.callItemDetails(Duration.ofMillis(300));
        CallResult first = CallResult.of(() -> hung);

        assertThat(waiting.failure()).isInstanceOf(NoFreeConnectionException.class)
                .hasMessageContaining("found no free connection: all 1 connections to the service stayed in use until the deadline");
        assertThat(((HttpClientError) waiting.failure()).attempts()).as("never sent").isZero();
        assertThat(waiting.millis()).isBetween(300L, 300 + ChaosRig.SLACK_MS);
        assertThat(first.failure()).isInstanceOf(DeadlineExceededException.class);
        assertThat(rig.connectionsInUse(MASTER_DATA)).isZero();
    }
}
