package com.kugelpos.harness.report;

import com.kugelpos.harness.figures.Figure;
import com.kugelpos.harness.history.RunSummary;
import java.util.List;

/** A figure's values over the last runs of the history, this run last. */
final class Trends {

    private final List<RunSummary> runs;

    /** @param runs the last runs, oldest first, this run last */
    Trends(List<RunSummary> runs) {
        this.runs = List.copyOf(runs);
    }

    /** The figure's value in each run, NaN where a run lacks it. */
    List<Double> values(String name) {
        return runs.stream().map(run -> run.figure(name).map(Figure::value).orElse(Double.NaN)).toList();
    }

    /** The value in the run before this one, NaN when there is none. */
    double previous(String name) {
        if (runs.size() < 2) {
            return Double.NaN;
        }
        return runs.get(runs.size() - 2).figure(name).map(Figure::value).orElse(Double.NaN);
    }

    /** How many runs the trends cover. */
    int size() {
        return runs.size();
    }
}
