package com.kugelpos.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    @Test
    void shouldStepTheBreakerLineThroughOpenHalfOpenAndClosedWhenItCycles() {
        List<TimelineEvent> events = List.of(
                breaker(100, "CLOSED>OPEN"), breaker(1100, "OPEN>HALF_OPEN"), breaker(1150, "HALF_OPEN>CLOSED"));

        String svg = new TimelineChart(events, 1500).render();

        Matcher points = Pattern.compile("<polyline [^>]*points=\"([^\"]+)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        List<String> levels = new ArrayList<>();
        for (String point : points.group(1).split(" ")) {
            String y = point.split(",")[1];
            if (levels.isEmpty() || !levels.get(levels.size() - 1).equals(y)) {
                levels.add(y);
            }
        }
        assertThat(levels).hasSize(4);
        assertThat(levels.get(0)).isEqualTo(levels.get(3)).as("back to CLOSED");
        assertThat(Double.parseDouble(levels.get(1))).as("OPEN is drawn highest")
                .isLessThan(Double.parseDouble(levels.get(2)))
                .isLessThan(Double.parseDouble(levels.get(0)));
        assertThat(svg).contains("OPEN from 100 ms to 1100 ms");
    }

    @Test
    void shouldDrawOneMarkPerAttemptWhenFewAndStackedColumnsWhenMany() {
        List<TimelineEvent> few = attempts(3);
        List<TimelineEvent> many = attempts(AttemptLanes.MAX_MARKS + 1);

        String fewSvg = new TimelineChart(few, 5000).render();
        String manySvg = new TimelineChart(many, 5000).render();

        assertThat(count(fewSvg, "<circle ")).isEqualTo(3);
        assertThat(count(manySvg, "<circle ")).isZero();
        assertThat(manySvg).contains("per ", "max ");
    }

    private static List<TimelineEvent> attempts(int count) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new TimelineEvent(i * 5.0 + 10, Kind.ATTEMPT, "journal", null, 1, 201, 4));
        }
        return events;
    }

    private static TimelineEvent breaker(double at, String label) {
        return new TimelineEvent(at, Kind.BREAKER, "master-data", label, 0, 0, 0);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
