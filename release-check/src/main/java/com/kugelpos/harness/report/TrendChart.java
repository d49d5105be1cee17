package com.kugelpos.harness.report;

import com.kugelpos.harness.history.GateFinding;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG line charts of a figure over the last runs: a sparkline for table cells and a larger
 * chart with its axis values for the trends section. Missing values (NaN) leave a gap.
 */
final class TrendChart {

    /** Room left of a chart's plot for its min and max labels, in pixels. */
    private static final int GUTTER = 70;

    private TrendChart() {}

    /** A 120×28 sparkline, the last point marked; "–" when fewer than one value. */
    static String sparkline(List<Double> values) {
        return svg(values, 120, 28, 3, false, "");
    }

    /** A 360×138 chart titled {@code title}, with the first and last run's value and the range. */
    static String chart(String title, List<Double> values, String unit) {
        return "<figure class=\"trend\"><figcaption>" + Html.escape(title) + "</figcaption>"
                + svg(values, 360, 120, 10, true, unit) + "</figure>";
    }

    private static String svg(List<Double> values, int width, int height, int pad, boolean labels, String unit) {
        long points = values.stream().filter(v -> !Double.isNaN(v)).count();
        if (points == 0) {
            return "<span class=\"missing\">–</span>";
        }
        double min = values.stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        double left = labels ? pad + GUTTER : pad;
        double step = values.size() == 1 ? 0 : (width - left - pad) / (values.size() - 1);
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        boolean pen = false;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                pen = false;
                continue;
            }
            double x = values.size() == 1 ? (left + width - pad) / 2 : left + i * step;
            double y = height - pad - (v - min) / span * (height - 2.0 * pad);
            path.append(pen ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
            pen = true;
            lastX = x;
            lastY = y;
            if (labels) {
                dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2.5\" fill=\"#1f5fa8\"><title>run ")
                        .append(i + 1).append(": ").append(GateFinding.number(v)).append(' ').append(Html.escape(unit))
                        .append("</title></circle>");
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"").append(labels ? "chart" : "spark").append("\" width=\"").append(width).append("\" height=\"")
                .append(height + (labels ? 18 : 0)).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height + (labels ? 18 : 0)).append("\" role=\"img\" aria-label=\"trend of ").append(points)
                .append(" runs\">");
        if (labels) {
            svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" fill=\"#f7f9fc\" stroke=\"#dde2e8\"/><line x1=\"").append(pad + GUTTER - 4)
                    .append("\" y1=\"0\" x2=\"").append(pad + GUTTER - 4).append("\" y2=\"").append(height)
                    .append("\" stroke=\"#dde2e8\"/>")
                    .append("<text x=\"4\" y=\"12\" class=\"axis\">max ").append(GateFinding.number(max)).append(' ')
                    .append(Html.escape(unit)).append("</text><text x=\"4\" y=\"").append(height - 3)
                    .append("\" class=\"axis\">min ").append(GateFinding.number(min)).append(' ').append(Html.escape(unit))
                    .append("</text><text x=\"4\" y=\"").append(height + 14).append("\" class=\"axis\">")
                    .append(points).append(points == 1 ? " run" : " runs").append(", oldest left; last ")
                    .append(GateFinding.number(values.get(values.size() - 1))).append(' ').append(Html.escape(unit))
                    .append("</text>");
        }
        svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"")
                .append(labels ? "2" : "1.5").append("\"/>").append(dots)
                .append("<circle cx=\"").append(fmt(lastX)).append("\" cy=\"").append(fmt(lastY))
                .append("\" r=\"3\" fill=\"#d9480f\"/></svg>");
        return svg.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
