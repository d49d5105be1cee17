package com.kugelpos.perf.gatling.simulations;

/**
 * The phases of TimeoutSimulation's timeline. A call is named after the phase it started in, so
 * the report and the assertions hold each phase apart.
 */
enum FaultPhase {

    /** master-data answers at once; every call must succeed. */
    HEALTHY("healthy", true),
    /** master-data is slowed beyond the response timeout (after a short drain of the healthy calls); calls time out until the breaker opens. */
    TRIPPING("slow, breaker closing", false),
    /** master-data is still slow; the breaker is open, calls must fail fast. */
    OPEN("slow, breaker open", false),
    /** master-data is fast again; the breaker waits out its open period, then a probe closes it. */
    SETTLING("latency removed, breaker recovering", false),
    /** The gateway has recovered; every call must succeed again. */
    RECOVERED("recovered", true);

    private final String label;
    private final boolean mustSucceed;

    FaultPhase(String label, boolean mustSucceed) {
        this.label = label;
        this.mustSucceed = mustSucceed;
    }

    /** The report name of the item call started in this phase. */
    String addItemName() {
        return "add item [" + label + "]";
    }

    /** Whether calls in this phase must get 200; otherwise 503 and 504 count as proper answers too. */
    boolean mustSucceed() {
        return mustSucceed;
    }
}
