package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.CallerLoad;
import com.kugelpos.chaos.support.CallerLoad.Call;
import com.kugelpos.chaos.support.CallerLoad.Tally;
import com.kugelpos.chaos.support.InstancesRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.http.CircuitState;
import com.kugelpos.reference.Service;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One instance of two (or three) lost under load, and all of them: 64 concurrent callers for 20 s,
 * the fault in the middle 10 s. The lost instance's failed attempts count against it (ejected
 * after its first failures, the call retried on another instance at once), not against the
 * service, whose breaker (counting calls) stays CLOSED; after the repair the instance takes calls
 * again. With every instance lost the service's calls fail, its breaker opens, and it closes again
 * within its open period plus one probe after the repair.
 */
class InstanceLossChaosIT {

    private static final Service MD = Service.MASTER_DATA;
    private static final Service JOURNAL = Service.JOURNAL;
    private static final int CALLERS = 64;
    private static final Duration BEFORE = Duration.ofSeconds(5);
    private static final Duration FAULT = Duration.ofSeconds(10);
    private static final Duration AFTER = Duration.ofSeconds(5);
    private static final Duration HUNG_AFTER = InstancesRig.SETTINGS.timeouts().call().plusSeconds(2);
    private static final double MIN_SUCCESS = 0.999;
    private static final String GET = "GET item";
    private static final String POST_KEYED = "POST journal with key";
    private static final String POST_UNKEYED = "POST journal without key";

    @RegisterExtension
    final InstancesRig rig = InstancesRig.perTest();

    @Test
    void shouldKeepCallingTheOtherInstanceWithTheBreakerClosedWhenOneOfTwoIsDown() throws Exception {
        loseOneOf(2);
    }

    @Test
    void shouldKeepCallingTheOtherTwoInstancesWithTheBreakerClosedWhenOneOfThreeIsDown() throws Exception {
        loseOneOf(3);
    }

    private void loseOneOf(int instances) throws Exception {
        rig.start(instances);
        CallerLoad load = new CallerLoad(CALLERS, n -> new Call(GET, KugelposCalls.itemDetails(rig.client(MD))), HUNG_AFTER);

        Outcome outcome = loseOneInstance(load, "proxy disabled (down)", ChaosProxy::disable, ChaosProxy::enable, MD);

        assertThat(load.total().successRate()).as("%s", load.total()).isGreaterThanOrEqualTo(MIN_SUCCESS);
        outcome.assertIsolated();
    }

    @Test
    void shouldRetryGetsAndKeyedPostsOnTheOtherInstanceAndFailUnkeyedPostsCleanlyWhenOneResetsItsConnections()
            throws Exception {
        rig.start(2);
        CallerLoad load = new CallerLoad(CALLERS, n -> {
            int dice = n % 20;
            if (dice < 12) {
                return new Call(GET, KugelposCalls.itemDetails(rig.client(MD)));
            }
            String key = dice < 19 ? "instances-" + n : null;
            return new Call(key == null ? POST_UNKEYED : POST_KEYED, KugelposCalls.postJournal(rig.client(JOURNAL), n, key));
        }, HUNG_AFTER);

        Outcome outcome = loseOneInstance(load, "+ reset_peer on both services' proxies of instance 1",
                proxy -> proxy.toxics().resetPeer(), ChaosProxy::removeAllToxics, MD, JOURNAL);

        assertThat(load.tally(GET).successRate()).as("%s", load.tally(GET)).isGreaterThanOrEqualTo(MIN_SUCCESS);
        assertThat(load.tally(POST_KEYED).successRate()).as("%s", load.tally(POST_KEYED))
                .isGreaterThanOrEqualTo(MIN_SUCCESS);
        Tally unkeyed = load.tally(POST_UNKEYED);
        assertThat(unkeyed.hung()).as("unkeyed POSTs fail cleanly: %s", unkeyed).isZero();
        assertThat(unkeyed.failures().keySet()).as("unkeyed POSTs fail as connection failures, never replayed")
                .isSubsetOf("ConnectionFailureException");
        rig.timeline().figure("unkeyed POSTs failed (not replayed)", unkeyed.calls() - unkeyed.successes());
        outcome.assertIsolated();
        assertThat(rig.breaker(JOURNAL)).isEqualTo(CircuitState.CLOSED);
        assertThat(rig.timeline().transitions(JOURNAL.serviceName())).isEmpty();
    }

    @Test
    void shouldOpenWhenEveryInstanceIsDownAndCloseWithinTheOpenPeriodAndOneProbeAfterTheRepair() throws Exception {
        rig.start(2);
        CallerLoad load = new CallerLoad(16, n -> new Call(GET, KugelposCalls.itemDetails(rig.client(MD))), HUNG_AFTER);
        Map<Duration, Runnable> steps = new LinkedHashMap<>();
        steps.put(Duration.ofSeconds(2), () -> {
            rig.phase("all down");
            rig.fault("both proxies disabled (down)", () -> List.of(0, 1).forEach(i -> rig.proxy(MD, i).disable()));
        });
        steps.put(Duration.ofSeconds(6), () -> {
            rig.phase("repaired");
            rig.fault("both proxies enabled", () -> List.of(0, 1).forEach(i -> rig.proxy(MD, i).enable()));
        });
        rig.phase("before");

        load.run(Duration.ofSeconds(10), steps);

        List<String> transitions = rig.timeline().transitions(MD.serviceName());
        assertThat(transitions).as("opened while every instance was down").startsWith("CLOSED>OPEN");
        assertThat(transitions).last().isEqualTo("HALF_OPEN>CLOSED");
        TimelineEvent closed = rig.timeline().events(Kind.BREAKER, MD.serviceName()).stream()
                .filter(e -> e.label().equals("HALF_OPEN>CLOSED")).reduce((a, b) -> b).orElseThrow();
        TimelineEvent repair = rig.timeline().events().stream()
                .filter(e -> e.kind() == Kind.PHASE && e.label().equals("repaired")).findFirst().orElseThrow();
        double closedAfterMillis = closed.atMillis() - repair.atMillis();
        long bound = InstancesRig.SETTINGS.breaker().openDuration().toMillis()
                + InstancesRig.SETTINGS.timeouts().response().toMillis() + 400;
        assertThat(closedAfterMillis).as("closed within the open period plus one probe of the repair")
                .isBetween(0.0, (double) bound);
        assertThat(load.total().hung()).isZero();
        assertThat(rig.breaker(MD)).isEqualTo(CircuitState.CLOSED);
        figures(load.total(), transitions, Map.of("closed after repair (ms)", Math.round(closedAfterMillis)));
    }

    /**
     * Runs the load: {@link #BEFORE}, then instance 1 of each service in {@code services} broken for
     * {@link #FAULT}, then repaired for {@link #AFTER}.
     */
    private Outcome loseOneInstance(CallerLoad load, String fault, Consumer<ChaosProxy> breakIt,
            Consumer<ChaosProxy> repairIt, Service... services) throws Exception {
        URI lost = rig.proxy(MD, 0).url();
        long[] brokenAt = new long[1];
        Map<Duration, Runnable> steps = new LinkedHashMap<>();
        steps.put(BEFORE, () -> {
            rig.phase("instance 1 lost");
            brokenAt[0] = System.nanoTime();
            rig.fault(fault, () -> List.of(services).forEach(s -> breakIt.accept(rig.proxy(s, 0))));
        });
        steps.put(BEFORE.plus(FAULT), () -> {
            rig.phase("repaired");
            rig.fault("instance 1 repaired", () -> List.of(services).forEach(s -> repairIt.accept(rig.proxy(s, 0))));
            rig.repaired(lost);
        });
        rig.phase("before");

        load.run(BEFORE.plus(FAULT).plus(AFTER), steps);

        return new Outcome(load, lost, brokenAt[0]);
    }

    private void figures(Tally total, List<String> transitions, Map<String, Object> more) {
        rig.timeline().figure("calls", total.calls());
        rig.timeline().figure("successes", total.successes());
        rig.timeline().figure("success %", String.format(Locale.ROOT, "%.3f", 100 * total.successRate()));
        rig.timeline().figure("breaker transitions", transitions.isEmpty() ? "none" : String.join(", ", transitions));
        rig.timeline().figure("ejections", rig.ejections().size());
        more.forEach(rig.timeline()::figure);
        System.out.printf(Locale.ROOT, "INSTANCE LOSS figure [%s]: %s; transitions %s; %d ejections; %s%n",
                rig.timeline().name(), total, transitions, rig.ejections().size(), more);
    }

    /** What one loss of one instance showed. */
    private final class Outcome {
        private final CallerLoad load;
        private final URI lost;
        private final long brokenAt;

        Outcome(CallerLoad load, URI lost, long brokenAt) {
            this.load = load;
            this.lost = lost;
            this.brokenAt = brokenAt;
        }

        void assertIsolated() {
            List<String> transitions = rig.timeline().transitions(MD.serviceName());
            Duration back = rig.backAfterRepair(lost);
            List<InstancesRig.Ejection> ejections = rig.ejections().stream()
                    .filter(e -> e.instance().equals(lost)).toList();
            List<String> all = rig.ejections().stream().map(e -> e.instance().getPort() + " at "
                    + (e.atNanos() - brokenAt) / 1_000_000 + " ms").toList();
            figures(load.total(), transitions, Map.of("time back after repair (ms)", back == null ? "never" : back.toMillis(),
                    "first ejection after the fault (ms)", ejections.isEmpty() ? "none"
                            : (ejections.get(0).atNanos() - brokenAt) / 1_000_000,
                    "ejections (instance port at ms from the fault)", all));
            assertThat(load.total().hung()).isZero();
            assertThat(transitions).as("the service's breaker never left CLOSED").isEmpty();
            assertThat(rig.breaker(MD)).isEqualTo(CircuitState.CLOSED);
            assertThat(ejections).as("the lost instance was ejected after its first failures").isNotEmpty();
            assertThat(Duration.ofNanos(ejections.get(0).atNanos() - brokenAt)).isLessThan(Duration.ofSeconds(2));
            assertThat(back).as("the repaired instance answers calls again").isNotNull()
                    .isLessThan(AFTER.minusSeconds(1));
        }
    }
}
