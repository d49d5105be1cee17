package com.kugelpos.chaos.support;

import com.kugelpos.chaos.report.ScenarioTimeline;

/** What a chaos rig offers a scenario for its timeline: the timeline itself, its phases and its faults. */
public interface ScenarioSteps {

    /** The scenario's timeline. */
    ScenarioTimeline timeline();

    /** Starts a phase of the scenario (shown in the report). */
    default void phase(String name) {
        timeline().phase(name);
    }

    /** Switches a fault on or off, and records it on the timeline as {@code description}. */
    default void fault(String description, Runnable change) {
        change.run();
        timeline().fault(description);
    }
}
