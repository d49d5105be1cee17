package com.kugelpos.chaos.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mixed-fault soak: 16 callers, one call at a time each, GET items from master-data and POST journals to journal
 * (with and without {@code Idempotency-Key}) while faults on both proxies are switched at random, for
 * {@code chaos.soak.seconds} (40 by default) or {@code chaos.soak.maxCalls} calls (20,000), whichever
 * ends first; {@code chaos.soak.seed} replays a fault sequence. Then: no call hung, no journal stored
 * twice, every confirmed journal stored, no connection slot, connection or client thread left, and
 * per route every request the provider saw is an attempt the client counted ({@link WireAccounting}).
 */
class MixedFaultSoakChaosIT {

    private static final Duration RUN_FOR = Duration.ofSeconds(Long.getLong("chaos.soak.seconds", 40));
    private static final int MAX_CALLS = Integer.getInteger("chaos.soak.maxCalls", 20_000);
    private static final int CALLERS = 16;
    private static final int MAX_CONNECTIONS = 8;
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration HUNG_MARGIN = Duration.ofSeconds(1);
    /** The I/O threads of a client registry; the JVM-wide timer thread kugelpos-http-timer is not one. */
    private static final Pattern CLIENT_THREADS = Pattern.compile("kugelpos-http-\\d+");

    /** Client I/O threads alive before the rig (and the JVM's warm-up) started. */
    private static int threadsBefore;

    @RegisterExtension
    final ChaosRig rig = ChaosRig.perTest(settings ->
            settings.timeouts(t -> t.call(DEADLINE))
                    .pool(p -> p.maxConnections(MAX_CONNECTIONS).maxKeepAlive(MAX_CONNECTIONS)));

    @BeforeAll
    static void countClientThreadsBeforeTheRig() {
        threadsBefore = ThreadCount.named(CLIENT_THREADS);
    }

    @Test
    void shouldEndEveryCallInTimeWithoutDuplicatesOrLeaksUnderRandomFaults() throws Exception {
        long seed = Long.getLong("chaos.soak.seed", System.nanoTime());
        System.out.println("Soak seed " + seed + " (replay its fault sequence with -Dchaos.soak.seed=" + seed + ")");
        Random random = new Random(seed);
        RandomFaults faults = new RandomFaults(rig, random, ChaosRig.SERVICES);
        SoakCallers callers = new SoakCallers(rig, random.nextLong(), MAX_CALLS, DEADLINE.plus(HUNG_MARGIN));

        StatsSnapshot itemsBefore = rig.provider(Service.MASTER_DATA);
        StatsSnapshot journalsBefore = rig.provider(Service.JOURNAL);
        rig.phase("soak");
        long start = System.nanoTime();
        int[] peakThreads = {threadsBefore};
        try (FaultToggler toggler = new FaultToggler(faults)) {
            callers.start(CALLERS);
            toggler.start();
            Awaitility.await("soak time or call budget").atMost(RUN_FOR.plusSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        peakThreads[0] = Math.max(peakThreads[0], ThreadCount.named(CLIENT_THREADS));
                        return System.nanoTime() - start >= RUN_FOR.toNanos() || callers.budgetSpent();
                    });
        }
        rig.phase("drain");
        callers.stopAndJoin();
        long soakMillis = (System.nanoTime() - start) / 1_000_000;
        rig.healAll();

        rig.phase("settle");
        Awaitility.await("connection slots given back").atMost(Duration.ofSeconds(5)).until(() ->
                rig.connectionsInUse(Service.MASTER_DATA) == 0 && rig.connectionsInUse(Service.JOURNAL) == 0);
        Awaitility.await("provider connections back within the pool cap").atMost(Duration.ofSeconds(10)).until(() ->
                ChaosRig.SERVICES.stream().allMatch(s -> rig.provider(s).connectionsOpen() <= MAX_CONNECTIONS));
        String openAfter = rig.provider(Service.MASTER_DATA).connectionsOpen() + ", " + rig.provider(Service.JOURNAL).connectionsOpen();
        double waiting = rig.connectionsWaiting(Service.MASTER_DATA) + rig.connectionsWaiting(Service.JOURNAL);
        rig.closeClients();
        boolean threadsEnded = awaitQuietly(() -> ThreadCount.named(CLIENT_THREADS) <= threadsBefore);
        long openAfterClose = rig.provider(Service.MASTER_DATA).connectionsOpen() + rig.provider(Service.JOURNAL).connectionsOpen();
        Map<Integer, Integer> stored = JournalLedger.read(rig.directUrl(Service.JOURNAL));
        Set<Integer> duplicated = stored.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long recordsCreated = rig.provider(Service.JOURNAL).recordsCreated(KugelposCalls.JOURNAL_RECORD);

        List<WireAccounting> wire = WireAccounting.of(rig.timeline(), rig, itemsBefore, journalsBefore);
        SoakTally tally = callers.tally();
        new SoakFigures(rig.timeline())
                .add("seed", seed)
                .add("ran for", soakMillis + " ms")
                .add("fault toggles", faults.toggles())
                .add("calls", tally.calls())
                .add("calls by kind", tally.callsByKind())
                .add("successes", tally.successes())
                .add("failures by type", tally.failuresByType())
                .add("hung (not ended " + HUNG_MARGIN.toMillis() + " ms after the deadline)", tally.hung())
                .add("longest call", tally.longestMillis() + " ms (deadline " + DEADLINE.toMillis() + " ms)")
                .add("journals posted / confirmed / stored", tally.journalsAttempted().size() + " / "
                        + tally.journalsConfirmed().size() + " / " + stored.size())
                .add("journals stored twice", duplicated.size())
                .add("journal records created", recordsCreated)
                .add("connections in use / waiting after", "0 / " + (long) waiting)
                .add("provider connections open after (master-data, journal)", openAfter)
                .add("provider connections max open (master-data, journal)",
                        rig.provider(Service.MASTER_DATA).connectionsMaxOpen() + ", " + rig.provider(Service.JOURNAL).connectionsMaxOpen())
                .add("provider connections open after the registry closed (idle keep-alive)", openAfterClose)
                .add("attempts vs provider requests, " + wire.get(0).route(), wire.get(0))
                .add("attempts vs provider requests, " + wire.get(1).route(), wire.get(1))
                .add("client I/O threads (kugelpos-http-N) before / peak / after close",
                        threadsBefore + " / " + peakThreads[0] + " / " + ThreadCount.named(CLIENT_THREADS))
                .print();

        assertThat(tally.hung()).as("calls still running %s after their deadline", HUNG_MARGIN).isZero();
        assertThat(tally.longestMillis()).isLessThanOrEqualTo(DEADLINE.plus(HUNG_MARGIN).toMillis());
        assertThat(tally.calls()).isEqualTo(tally.successes() + tally.failures());
        assertThat(tally.successes()).as("calls also succeed between faults").isPositive();
        assertThat(duplicated).as("receipt numbers stored more than once").isEmpty();
        assertThat(stored.keySet()).as("every confirmed journal is stored").containsAll(tally.journalsConfirmed());
        assertThat(tally.journalsAttempted()).as("nothing stored that was not posted").containsAll(stored.keySet());
        assertThat(recordsCreated).as("records created = distinct journals stored").isEqualTo(stored.size());
        assertThat(waiting).isZero();
        assertThat(rig.timeline().eventsNotKept()).as("every attempt is on the timeline, so the counts are whole").isZero();
        for (WireAccounting route : wire) {
            assertThat(route.providerAttempts()).as("every request the provider saw once is an attempt the client"
                    + " counted, and every answered attempt reached the provider: %s", route)
                    .isBetween(route.answered(), route.mayHaveReachedProvider());
        }
        assertThat(wire.get(1).repeated()).as("no POST is re-sent below the client (the JDK re-sends only GET"
                + " and HEAD): %s", wire.get(1)).isZero();
        assertThat(threadsEnded).as("client threads still alive after close:%n%s", ThreadCount.describe(CLIENT_THREADS))
                .isTrue();
    }

    private static boolean awaitQuietly(Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
