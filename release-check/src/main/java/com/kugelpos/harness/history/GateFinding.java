package com.kugelpos.harness.history;

import com.kugelpos.harness.figures.Figure;
import java.util.Locale;

/**
 * One figure the gate judged.
 *
 * @param figure    this run's figure
 * @param median    the median of the reference runs
 * @param runs      how many reference runs had it
 * @param margin    the allowed move
 * @param regressed whether it moved the wrong way past the margin
 */
public record GateFinding(Figure figure, double median, int runs, Margin margin, boolean regressed) {

    /** The change against the median as a signed percentage, e.g. {@code +62.0 %}. */
    public String change() {
        if (median == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f %%", (figure.value() - median) * 100 / Math.abs(median));
    }

    /** One line for the console and the page, e.g. "gatling.X.p99 = 812 ms, median of 5 runs 500 ms (+62.4 %, allowed 50 % and 25 ms)". */
    public String describe() {
        return String.format(Locale.ROOT, "%s = %s %s, median of the last %d runs %s %s (%s; allowed %s %s)",
                figure.name(), number(figure.value()), figure.unit(), runs, number(median), figure.unit(), change(),
                margin.describe(figure.unit()), figure.better() == Figure.Better.LOWER ? "higher" : "lower");
    }

    /** A figure as the page shows it: whole numbers without decimals, others to 3 significant digits. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (value == Math.rint(value) || Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
