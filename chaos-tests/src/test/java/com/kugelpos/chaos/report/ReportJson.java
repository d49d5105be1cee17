package com.kugelpos.chaos.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The raw data of the chaos report as plain maps and lists, ready for a JSON writer. */
final class ReportJson {

    private ReportJson() {}

    static Map<String, Object> of(Instant started, List<ScenarioTimeline> scenarios) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("startedAt", started.toString());
        root.put("scenarios", scenarios.stream().map(ReportJson::scenario).toList());
        return root;
    }

    private static Map<String, Object> scenario(ScenarioTimeline scenario) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", scenario.name());
        node.put("passed", scenario.failure() == null);
        node.put("failure", scenario.failure());
        node.put("durationMillis", Math.round(scenario.durationMillis()));
        node.put("figures", scenario.figures());
        node.put("eventsNotKept", scenario.eventsNotKept());
        node.put("events", scenario.events().stream().map(ReportJson::event).toList());
        return node;
    }

    private static Map<String, Object> event(TimelineEvent event) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("atMillis", Math.round(event.atMillis() * 10) / 10.0);
        node.put("kind", event.kind().name());
        if (event.service() != null) {
            node.put("service", event.service());
        }
        node.put("label", event.label());
        if (event.kind() == TimelineEvent.Kind.ATTEMPT) {
            node.put("outcome", event.outcome());
            node.put("status", event.status());
        }
        if (event.attempt() != 0) {
            node.put("attempt", event.attempt());
        }
        if (event.millis() != 0) {
            node.put("millis", Math.round(event.millis() * 10) / 10.0);
        }
        return node;
    }
}
