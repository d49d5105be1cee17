package com.kugelpos.chaos.soak;

import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.toxiproxy.ChaosProxy;
import com.kugelpos.reference.Service;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Switches faults at random for the soak: each toggle either heals every proxy or replaces the fault
 * of one proxy by one drawn from all the {@link com.kugelpos.chaos.toxiproxy.Toxics} faults (and "down"),
 * with random parameters.
 * Every draw comes from the given seeded {@link Random}, so a seed replays the same fault sequence.
 * Not thread-safe: one toggling thread.
 */
final class RandomFaults {

    /** Share of toggles that heal everything, so the services are also seen recovering. */
    private static final double HEAL_SHARE = 0.3;

    private final ChaosRig rig;
    private final Random random;
    private final List<Service> services;
    private int toggles;

    RandomFaults(ChaosRig rig, Random random, List<Service> services) {
        this.rig = rig;
        this.random = random;
        this.services = List.copyOf(services);
    }

    /** Heals everything or puts a new random fault on one random proxy. */
    void toggle() {
        toggles++;
        if (random.nextDouble() < HEAL_SHARE) {
            rig.healAll();
            return;
        }
        Service service = services.get(random.nextInt(services.size()));
        ChaosProxy proxy = rig.proxy(service);
        Fault fault = draw();
        rig.fault(service.serviceName() + ": " + fault.name(), () -> {
            proxy.removeAllToxics();
            proxy.enable();
            fault.apply().accept(proxy);
        });
    }

    /** How many times {@link #toggle()} ran. */
    int toggles() {
        return toggles;
    }

    /** How long to wait before the next toggle: 300 to 1,500 ms. */
    Duration nextPause() {
        return Duration.ofMillis(300 + random.nextInt(1_200));
    }

    private Fault draw() {
        return switch (random.nextInt(9)) {
            case 0 -> {
                long millis = 100 + random.nextInt(800);
                yield new Fault("latency " + millis + " ms", p -> p.toxics().latency(Duration.ofMillis(millis)));
            }
            case 1 -> new Fault("reset_peer on responses", p -> p.toxics().resetPeerMidResponse());
            case 2 -> new Fault("reset_peer on requests", p -> p.toxics().resetPeer());
            case 3 -> new Fault("timeout (no data)", p -> p.toxics().timeout());
            case 4 -> {
                long rate = 1 + random.nextInt(8);
                yield new Fault("bandwidth " + rate + " KB/s", p -> p.toxics().bandwidth(rate));
            }
            case 5 -> {
                long bytes = 4 + random.nextInt(60);
                long pause = random.nextInt(4);
                yield new Fault("slicer " + bytes + " B / " + pause + " ms",
                        p -> p.toxics().slicer(bytes, Duration.ofMillis(pause)));
            }
            case 6 -> {
                long bytes = 50 + random.nextInt(450);
                yield new Fault("limit_data " + bytes + " B", p -> p.toxics().limitData(bytes));
            }
            case 7 -> {
                long millis = 100 + random.nextInt(1_400);
                yield new Fault("slow_close " + millis + " ms", p -> p.toxics().slowClose(Duration.ofMillis(millis)));
            }
            default -> new Fault("down", ChaosProxy::disable);
        };
    }

    /** A fault by name and how to switch it on. */
    private record Fault(String name, Consumer<ChaosProxy> apply) {}
}
