package com.kugelpos.chaos.report;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Draws one scenario as an SVG chart over time: phases and faults on top, then for each service
 * called its breaker state as a step line over coloured bands (CLOSED low, HALF_OPEN middle, OPEN
 * high), then one lane per attempt number (first try, first retry, ...) and a lane of call ends,
 * above a time axis. Not thread-safe.
 */
final class TimelineChart {

    static final int WIDTH = 1240;
    static final int LEFT = 120;
    static final int RIGHT = 24;
    private static final int TOP = 60;
    private static final int STATE_HEIGHT = 20;
    private static final int BAND_TITLE = 16;
    private static final String[] STATES = {"OPEN", "HALF_OPEN", "CLOSED"};
    private static final long[] TICK_STEPS = {10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 60_000};

    private final List<TimelineEvent> events;
    private final List<String> services;
    private final double rangeMillis;
    private final AttemptLanes lanes;

    TimelineChart(List<TimelineEvent> events, double durationMillis) {
        this.events = events;
        List<String> called = events.stream().map(TimelineEvent::service).filter(Objects::nonNull).distinct().toList();
        this.services = called.isEmpty() ? List.of("(no calls)") : called;
        double last = events.stream().mapToDouble(TimelineEvent::atMillis).max().orElse(0);
        this.rangeMillis = Math.max(Math.max(durationMillis, last), 1);
        this.lanes = new AttemptLanes(events, this::x);
    }

    /** The chart as an SVG element. */
    String render() {
        int bandHeight = BAND_TITLE + STATES.length * STATE_HEIGHT;
        int lanesTop = TOP + services.size() * bandHeight + 10;
        int axisTop = lanesTop + lanes.height();
        Svg svg = new Svg(WIDTH, axisTop + 28);
        phases(svg, axisTop);
        for (int i = 0; i < services.size(); i++) {
            breaker(svg, services.get(i), TOP + i * bandHeight);
        }
        lanes.draw(svg, lanesTop);
        faults(svg, axisTop);
        axis(svg, axisTop);
        return svg.end();
    }

    double x(double millis) {
        return LEFT + millis / rangeMillis * (WIDTH - LEFT - RIGHT);
    }

    private void phases(Svg svg, int bottom) {
        List<TimelineEvent> phases = events.stream().filter(e -> e.kind() == Kind.PHASE).toList();
        for (int i = 1; i < phases.size(); i += 2) {
            double from = x(phases.get(i).atMillis());
            double to = i + 1 < phases.size() ? x(phases.get(i + 1).atMillis()) : x(rangeMillis);
            svg.rect(from, 4, to - from, bottom - 4, "#f3f3f3", null);
        }
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        boolean lowerRow = false;
        for (TimelineEvent phase : phases) {
            double from = x(phase.atMillis());
            svg.line(from, 4, from, bottom, "#9e9e9e", 1, null);
            lowerRow = from < lastLabelEnd && !lowerRow;
            svg.text(from + 4, lowerRow ? 30 : 16, phase.label(), "start", "#424242", true);
            lastLabelEnd = Math.max(lastLabelEnd, from + labelWidth(phase.label()));
        }
    }

    private void breaker(Svg svg, String service, int top) {
        svg.text(LEFT - 8, top + 12, "breaker " + service, "end", "#000000", true);
        int statesTop = top + BAND_TITLE;
        for (int i = 0; i < STATES.length; i++) {
            svg.text(LEFT - 8, statesTop + i * STATE_HEIGHT + 14, STATES[i], "end", "#424242", false);
        }
        List<TimelineEvent> transitions = events.stream()
                .filter(e -> e.kind() == Kind.BREAKER && service.equals(e.service())).toList();
        String state = "CLOSED";
        double from = 0;
        StringBuilder points = new StringBuilder();
        for (TimelineEvent transition : transitions) {
            segment(svg, points, statesTop, state, from, transition.atMillis());
            state = transition.breakerTo();
            from = transition.atMillis();
        }
        segment(svg, points, statesTop, state, from, rangeMillis);
        svg.polyline(points.toString().trim(), "#212121", 2.2);
    }

    private void segment(Svg svg, StringBuilder points, int top, String state, double fromMillis, double toMillis) {
        double y = top + stateIndex(state) * STATE_HEIGHT + STATE_HEIGHT / 2.0;
        double x1 = x(fromMillis);
        double x2 = x(toMillis);
        svg.rect(x1, top + stateIndex(state) * STATE_HEIGHT, x2 - x1, STATE_HEIGHT, Outcomes.stateBackground(state),
                state + " from " + Math.round(fromMillis) + " ms to " + Math.round(toMillis) + " ms");
        points.append(Svg.num(x1)).append(',').append(Svg.num(y)).append(' ')
                .append(Svg.num(x2)).append(',').append(Svg.num(y)).append(' ');
    }

    private void faults(Svg svg, int bottom) {
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (TimelineEvent fault : events.stream().filter(e -> e.kind() == Kind.FAULT).toList()) {
            double at = x(fault.atMillis());
            svg.line(at, TOP - 14, at, bottom, "#b71c1c", 1.2, "4 3");
            if (at > lastLabelEnd) {
                svg.text(at + 3, TOP - 4, fault.label(), "start", "#b71c1c", false);
                lastLabelEnd = at + labelWidth(fault.label());
            }
        }
    }

    private void axis(Svg svg, int top) {
        svg.line(LEFT, top, WIDTH - RIGHT, top, "#616161", 1, null);
        long step = TICK_STEPS[TICK_STEPS.length - 1];
        for (long candidate : TICK_STEPS) {
            if (rangeMillis / candidate <= 12) {
                step = candidate;
                break;
            }
        }
        for (long t = 0; t <= rangeMillis; t += step) {
            double at = x(t);
            svg.line(at, top, at, top + 5, "#616161", 1, null);
            String label = step >= 1_000 ? (t / 1_000) + " s" : t + " ms";
            svg.text(at, top + 17, label, "middle", "#424242", false);
        }
    }

    private static double labelWidth(String label) {
        return 6.2 * label.length() + 8;
    }

    private static int stateIndex(String state) {
        for (int i = 0; i < STATES.length; i++) {
            if (STATES[i].equals(state)) {
                return i;
            }
        }
        return STATES.length - 1;
    }
}
