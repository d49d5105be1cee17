package com.kugelpos.harness.history;

import com.kugelpos.harness.figures.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fails the release check when a figure moves the wrong way past its {@link Margin} against the
 * MEDIAN of the recent runs (from the accepted baseline on, at most {@value #WINDOW}), never against
 * a single run: the gate judges a figure only when at least {@value #MIN_RUNS} reference runs have it.
 */
public final class RegressionGate {

    /** The most recent runs the median is taken over. */
    public static final int WINDOW = 5;
    /** The fewest reference runs a figure needs before the gate judges it. */
    public static final int MIN_RUNS = 3;

    private RegressionGate() {}

    /**
     * Judges this run's figures against the reference runs (which must not include this run).
     */
    public static GateResult judge(List<Figure> figures, List<RunSummary> reference) {
        List<GateFinding> findings = new ArrayList<>();
        for (Figure figure : figures) {
            Margin margin = Margin.of(figure);
            if (margin == null || Double.isNaN(figure.value())) {
                continue;
            }
            List<Double> values = reference.stream().map(run -> run.figure(figure.name()))
                    .flatMap(Optional::stream).map(Figure::value).filter(v -> !Double.isNaN(v)).toList();
            if (values.size() < MIN_RUNS) {
                continue;
            }
            double median = median(values);
            findings.add(new GateFinding(figure, median, values.size(), margin,
                    margin.exceeded(figure.value(), median, figure.better())));
        }
        return new GateResult(findings, reference.size());
    }

    /** The median: the middle value, or the mean of the two middle values. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
