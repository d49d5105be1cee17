package com.kugelpos.chaos.soak;

import com.kugelpos.chaos.report.ScenarioTimeline;
import java.util.LinkedHashMap;
import java.util.Map;

/** The soak's figures: added to the scenario's report section as they come, and printed together. */
final class SoakFigures {

    private final ScenarioTimeline timeline;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    SoakFigures(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    SoakFigures add(String label, Object value) {
        figures.put(label, value);
        timeline.figure(label, value);
        return this;
    }

    /** Prints every figure, one a line. */
    void print() {
        figures.forEach((label, value) -> System.out.println("Soak " + label + ": " + value));
    }
}
