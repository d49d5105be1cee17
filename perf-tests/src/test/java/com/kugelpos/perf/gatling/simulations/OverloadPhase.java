package com.kugelpos.perf.gatling.simulations;

/**
 * The phases of OverloadSimulation's timeline. A call is named after its class and the phase it
 * started in, so the report and the targets hold them apart.
 */
enum OverloadPhase {

    /** The first seconds at full capacity, the load ramping up while the gateway warms: reported, not held to the targets. */
    RAMP("ramp"),
    /** master-data at full capacity: the latency baseline; every call must succeed. */
    HEALTHY("healthy"),
    /** master-data just cut to a third of its capacity: the limit adapts; reported, not held to the targets. */
    SETTLING("capacity cut, limit adapting"),
    /** master-data at a third of its capacity: held to the targets. */
    SLOWED("a third of the capacity");

    private final String label;

    OverloadPhase(String label) {
        this.label = label;
    }

    /** The report name of an item call of {@code priority} ({@code high} or {@code low}) started in this phase. */
    String addItemName(String priority) {
        return "add item, " + priority + " priority [" + label + "]";
    }
}
