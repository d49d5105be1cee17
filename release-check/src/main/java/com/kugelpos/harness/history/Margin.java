package com.kugelpos.harness.history;

import com.kugelpos.harness.figures.Figure;
import java.util.Locale;

/**
 * How far a figure may move the wrong way from the median of the recent runs before the gate
 * fails: by more than {@code relative} (a fraction of the median) and by more than {@code absolute}
 * (in the figure's unit), so that tiny figures do not fail on noise.
 *
 * @param relative the allowed fraction, e.g. 0.5 for 50 %
 * @param absolute the allowed amount in the figure's unit
 */
public record Margin(double relative, double absolute) {

    /** Gatling percentiles: 50 % and 25 ms slower (smoke runs on a shared 2-core machine are noisy). */
    public static final Margin LATENCY = new Margin(0.5, 25);
    /** Gatling throughput: 30 % fewer requests per second. */
    public static final Margin THROUGHPUT = new Margin(0.3, 0);
    /** JMH scores of the 100 ms smoke iterations: half the calls per second, or twice the time per call. */
    public static final Margin JMH_SCORE = new Margin(0.5, 0);
    /** JMH allocation: 25 % and 64 bytes more per call. */
    public static final Margin ALLOCATION = new Margin(0.25, 64);

    /** The margin for a figure, or null when the gate does not judge it. */
    public static Margin of(Figure figure) {
        if (figure.better() == Figure.Better.NEITHER) {
            return null;
        }
        String name = figure.name();
        if (name.startsWith("gatling.")) {
            return name.endsWith(".throughput") ? THROUGHPUT : LATENCY;
        }
        if (name.startsWith("jmh.")) {
            return name.endsWith(".B/op") ? ALLOCATION : JMH_SCORE;
        }
        return null;
    }

    /** Whether {@code value} is worse than {@code median} by more than this margin. */
    public boolean exceeded(double value, double median, Figure.Better better) {
        double worse = better == Figure.Better.LOWER ? value - median : median - value;
        return worse > relative * Math.abs(median) && worse > absolute;
    }

    /** E.g. "50 % and 25 ms". */
    public String describe(String unit) {
        String text = String.format(Locale.ROOT, "%.0f %%", relative * 100);
        return absolute > 0 ? text + String.format(Locale.ROOT, " and %.0f %s", absolute, unit) : text;
    }
}
