package com.kugelpos.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.support.CallResult;
import com.kugelpos.chaos.support.CallerLoad;
import com.kugelpos.chaos.support.CallerLoad.Call;
import com.kugelpos.chaos.support.InstancesRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.http.BehaviourRule;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A poison route: one item whose details always get a 500 (a forced status on the real master-data),
 * among healthy item lookups. The breaker counts logical calls, and a failed call only when nothing
 * succeeded while it ran, so the poison calls (three failed attempts each) do not open it for the
 * healthy ones, one caller at a time or sixteen at once; three failed calls in a row still open it,
 * as the specification says.
 */
class PoisonRouteChaosIT {

    private static final Service MD = Service.MASTER_DATA;
    private static final String POISON = "POISON";
    private static final String HEALTHY = "GET healthy item";
    private static final String POISONED = "GET poison item";
    private static final Duration LOAD_FOR = Duration.ofSeconds(4);
    private static final Duration HUNG_AFTER = InstancesRig.SETTINGS.timeouts().call().plusSeconds(2);

    @RegisterExtension
    final InstancesRig rig = InstancesRig.perTest();

    @Test
    void shouldKeepTheBreakerClosedWhenEveryThirdCallOneAtATimeIsPoison() {
        startWithPoison();
        int poisonFailures = 0;
        int healthy = 0;

        for (int i = 0; i < 60; i++) {
            boolean poison = i % 3 == 2;
            CallResult call = CallResult.of(() -> KugelposCalls.itemDetails(rig.client(MD), poison ? POISON : KugelposCalls.ITEM_CODE));
            if (poison) {
                assertThat(call.failure()).isInstanceOfSatisfying(HttpClientError.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.attempts()).isEqualTo(3);
                });
                poisonFailures++;
            } else {
                assertThat(call.succeeded()).as("healthy call %d: %s", i, call.failure()).isTrue();
                healthy++;
            }
        }

        assertThat(rig.breaker(MD)).isEqualTo(CircuitState.CLOSED);
        assertThat(rig.timeline().transitions(MD.serviceName())).isEmpty();
        figures(healthy + poisonFailures, healthy, poisonFailures);
    }

    @Test
    void shouldKeepTheBreakerClosedWhenSixteenCallersMixPoisonCallsWithHealthyOnes() throws Exception {
        startWithPoison();
        CallerLoad load = new CallerLoad(16, n -> n % 10 == 0
                ? new Call(POISONED, KugelposCalls.itemDetails(rig.client(MD), POISON))
                : new Call(HEALTHY, KugelposCalls.itemDetails(rig.client(MD))), HUNG_AFTER);
        rig.phase("poison among healthy calls");

        load.run(LOAD_FOR, Map.of());

        assertThat(load.tally(HEALTHY).successRate()).as("%s", load.tally(HEALTHY)).isEqualTo(1.0);
        assertThat(load.tally(POISONED).failures()).as("%s", load.tally(POISONED))
                .containsOnlyKeys("HttpClientError");
        assertThat(load.total().hung()).isZero();
        assertThat(rig.breaker(MD)).as("also when the slower poison calls are the last to end").isEqualTo(CircuitState.CLOSED);
        assertThat(rig.timeline().transitions(MD.serviceName())).isEmpty();
        figures(load.total().calls(), load.total().successes(), load.tally(POISONED).calls());
    }

    @Test
    void shouldStillOpenOnThreeFailedCallsInARowOnOneInstance() {
        startWithPoison();
        assertThat(CallResult.of(() -> KugelposCalls.itemDetails(rig.client(MD))).succeeded()).isTrue();
        rig.phase("three poison calls in a row");

        for (int i = 1; i <= 3; i++) {
            CallResult poison = CallResult.of(() -> KugelposCalls.itemDetails(rig.client(MD), POISON));
            assertThat(poison.failure()).isInstanceOf(HttpClientError.class);
            assertThat(rig.breaker(MD)).as("after %d failed calls", i).isEqualTo(i < 3 ? CircuitState.CLOSED : CircuitState.OPEN);
        }
        CallResult healthy = CallResult.of(() -> KugelposCalls.itemDetails(rig.client(MD)));

        assertThat(healthy.failure()).as("the whole service fails fast now").isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(rig.timeline().transitions(MD.serviceName())).containsExactly("CLOSED>OPEN");
        figures(5, 1, 3);
    }

    /** Starts one instance whose details of item {@value #POISON} always answer 500. */
    private void startWithPoison() {
        rig.start(1);
        rig.copy(0).behaviours(MD).add(new BehaviourRule("GET", "/api/v1/tenants/T1/stores/S1/items/" + POISON,
                Duration.ZERO, 500, -1));
        rig.phase("poison among healthy calls");
    }

    private void figures(long calls, long successes, long poison) {
        rig.timeline().figure("calls", calls);
        rig.timeline().figure("successes", successes);
        rig.timeline().figure("poison calls", poison);
        rig.timeline().figure("breaker transitions", String.join(", ", rig.timeline().transitions(MD.serviceName())));
        rig.timeline().figure("breaker at the end", rig.breaker(MD));
        System.out.printf(Locale.ROOT, "POISON figure [%s]: %d calls, %d ok, %d poison; breaker %s, transitions %s%n",
                rig.timeline().name(), calls, successes, poison, rig.breaker(MD), rig.timeline().transitions(MD.serviceName()));
    }
}
