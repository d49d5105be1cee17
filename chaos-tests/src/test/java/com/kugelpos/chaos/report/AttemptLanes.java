package com.kugelpos.chaos.report;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The attempt and call lanes of a {@link TimelineChart}. With few attempts, each attempt is a bar
 * from its start to its end with a dot coloured by outcome, in the lane of its attempt number, and
 * each scheduled retry a dashed line over its backoff; each call end is a mark in the calls lane.
 * With many attempts (a soak) they are counted per time bin and drawn as stacked columns.
 */
final class AttemptLanes {

    /** Above this many attempts the lanes switch to stacked columns per time bin. */
    static final int MAX_MARKS = 600;

    private static final int LANE = 24;
    private static final int BINNED_HEIGHT = 90;
    private static final int BINS = 240;

    private final List<TimelineEvent> attempts;
    private final List<TimelineEvent> retries;
    private final List<TimelineEvent> calls;
    private final DoubleUnaryOperator x;
    private final int attemptLanes;

    AttemptLanes(List<TimelineEvent> events, DoubleUnaryOperator x) {
        this.attempts = events.stream().filter(e -> e.kind() == Kind.ATTEMPT).toList();
        this.retries = events.stream().filter(e -> e.kind() == Kind.RETRY).toList();
        this.calls = events.stream().filter(e -> e.kind() == Kind.CALL).toList();
        this.x = x;
        this.attemptLanes = Math.max(3, attempts.stream().mapToInt(TimelineEvent::attempt).max().orElse(0));
    }

    int height() {
        return binned() ? BINNED_HEIGHT * 2 + 10 : (attemptLanes + 1) * LANE;
    }

    void draw(Svg svg, int top) {
        if (binned()) {
            drawBinned(svg, top);
        } else {
            drawMarks(svg, top);
        }
    }

    private boolean binned() {
        return attempts.size() > MAX_MARKS || calls.size() > MAX_MARKS;
    }

    private void drawMarks(Svg svg, int top) {
        for (int lane = 1; lane <= attemptLanes; lane++) {
            double y = top + (lane - 1) * LANE + LANE / 2.0;
            svg.line(TimelineChart.LEFT, y, TimelineChart.WIDTH - TimelineChart.RIGHT, y, "#e0e0e0", 1, null);
            svg.text(TimelineChart.LEFT - 8, y + 4, lane == 1 ? "attempt 1" : "retry " + (lane - 1), "end", "#212121", false);
        }
        for (TimelineEvent retry : retries) {
            double y = laneY(top, retry.attempt());
            svg.line(x.applyAsDouble(retry.atMillis()), y, x.applyAsDouble(retry.atMillis() + retry.millis()), y,
                    "#616161", 1.2, "2 2");
        }
        for (TimelineEvent attempt : attempts) {
            double y = laneY(top, attempt.attempt());
            String colour = Outcomes.colour(attempt.outcome());
            double start = x.applyAsDouble(attempt.startMillis());
            double end = x.applyAsDouble(attempt.atMillis());
            String title = "attempt " + attempt.attempt() + ": " + describe(attempt) + " after "
                    + Math.round(attempt.millis()) + " ms, ended at " + Math.round(attempt.atMillis()) + " ms";
            svg.rect(start, y - 3, end - start, 6, colour + "66", title);
            svg.circle(end, y, 4.5, colour, title);
        }
        double callsY = top + attemptLanes * LANE + LANE / 2.0;
        svg.text(TimelineChart.LEFT - 8, callsY + 4, "call ends", "end", "#212121", true);
        for (TimelineEvent call : calls) {
            double at = x.applyAsDouble(call.atMillis());
            String title = "call " + call.label() + " after " + call.attempt() + " attempt(s), " + Math.round(call.millis()) + " ms";
            if (TimelineEvent.OK.equals(call.label())) {
                svg.circle(at, callsY, 4, Outcomes.callColour(call), title);
            } else {
                svg.cross(at, callsY, 4, Outcomes.callColour(call), title);
            }
        }
    }

    private double laneY(int top, int attempt) {
        return top + (Math.min(attempt, attemptLanes) - 1) * LANE + LANE / 2.0;
    }

    private void drawBinned(Svg svg, int top) {
        double first = x.applyAsDouble(0);
        double binMillis = invert(TimelineChart.WIDTH - TimelineChart.RIGHT) / BINS;
        Map<String, int[]> attemptBins = new LinkedHashMap<>();
        Outcomes.ATTEMPT_COLOURS.keySet().forEach(outcome -> attemptBins.put(outcome, new int[BINS]));
        attempts.forEach(a -> attemptBins.get(a.outcome())[bin(a.atMillis(), binMillis)]++);
        Map<String, int[]> callBins = new LinkedHashMap<>();
        callBins.put(Outcomes.colour(TimelineEvent.OK), new int[BINS]);
        callBins.put(Outcomes.CALL_FAILED, new int[BINS]);
        callBins.put(Outcomes.FAIL_FAST, new int[BINS]);
        calls.forEach(c -> callBins.get(Outcomes.callColour(c))[bin(c.atMillis(), binMillis)]++);
        Map<String, int[]> attemptsByColour = new LinkedHashMap<>();
        attemptBins.forEach((outcome, counts) -> attemptsByColour.put(Outcomes.colour(outcome), counts));
        columns(svg, top, attemptsByColour, "attempts", binMillis, first);
        columns(svg, top + BINNED_HEIGHT + 10, callBins, "call ends", binMillis, first);
    }

    private void columns(Svg svg, int top, Map<String, int[]> bins, String label, double binMillis, double first) {
        int max = 1;
        for (int i = 0; i < BINS; i++) {
            int total = 0;
            for (int[] counts : bins.values()) {
                total += counts[i];
            }
            max = Math.max(max, total);
        }
        svg.text(TimelineChart.LEFT - 8, top + 14, label, "end", "#212121", true);
        svg.text(TimelineChart.LEFT - 8, top + 28, "per " + Math.round(binMillis) + " ms", "end", "#757575", false);
        svg.text(TimelineChart.LEFT - 8, top + 42, "max " + max, "end", "#757575", false);
        double width = (TimelineChart.WIDTH - TimelineChart.RIGHT - first) / BINS;
        for (int i = 0; i < BINS; i++) {
            double bottom = top + BINNED_HEIGHT;
            for (Map.Entry<String, int[]> entry : bins.entrySet()) {
                int count = entry.getValue()[i];
                if (count > 0) {
                    double h = (double) count / max * (BINNED_HEIGHT - 4);
                    svg.rect(first + i * width, bottom - h, width - 0.4, h, entry.getKey(), count + " at "
                            + Math.round(i * binMillis) + " ms");
                    bottom -= h;
                }
            }
        }
    }

    private double invert(double pixel) {
        double zero = x.applyAsDouble(0);
        double perMilli = x.applyAsDouble(1) - zero;
        return (pixel - zero) / perMilli;
    }

    private static int bin(double atMillis, double binMillis) {
        return (int) Math.max(0, Math.min(BINS - 1, atMillis / binMillis));
    }

    private static String describe(TimelineEvent attempt) {
        return attempt.status() > 0 ? "HTTP " + attempt.status() : attempt.label();
    }
}
