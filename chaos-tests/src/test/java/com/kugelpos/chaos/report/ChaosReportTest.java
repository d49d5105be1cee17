package com.kugelpos.chaos.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kugelpos.http.CallDescription;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.event.RetryEvent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosReportTest {

    private static final CallDescription CALL = new CallDescription("master-data", HttpMethod.GET, "/items/{code}");

    @TempDir
    Path folder;

    @Test
    void shouldWriteASectionWithChartPerScenarioAndTheRawEventsWhenClosed() throws Exception {
        ScenarioTimeline passed = new ScenarioTimeline("DownChaosIT · should open");
        passed.phase("down");
        passed.fault("proxy disabled");
        passed.onAttempt(new AttemptEvent(CALL, 1, URI.create("http://127.0.0.1:8002"), 0, AttemptOutcome.NOT_SENT,
                "connection refused", Duration.ofMillis(3)));
        passed.onRetry(new RetryEvent(CALL, 2, Duration.ofMillis(20), "connection refused"));
        passed.onBreakerTransition(new BreakerTransitionEvent("master-data", CircuitState.CLOSED, CircuitState.OPEN, Instant.now()));
        passed.onCall(new CallEvent(CALL, 1, Duration.ofMillis(30), new IllegalStateException("refused")));
        passed.end(null);
        ScenarioTimeline failed = new ScenarioTimeline("LatencyChaosIT · should <time out>");
        failed.end("AssertionError: expected 3 attempts");
        ChaosReport report = new ChaosReport(folder);
        report.add(passed);
        report.add(failed);

        report.close();

        String html = Files.readString(folder.resolve("index.html"));
        assertThat(html).contains("2 scenarios", "1 passed", "1 failed")
                .contains("DownChaosIT · should open", "LatencyChaosIT · should &lt;time out&gt;")
                .contains("AssertionError: expected 3 attempts")
                .contains("master-data CLOSED→OPEN")
                .contains("proxy disabled")
                .as("self-contained: no scripts, styles or images loaded").doesNotContain("<script", "<link", " src=");
        assertThat(html.split("<svg ", -1)).hasSize(3);
        JsonNode json = new ObjectMapper().readTree(folder.resolve("chaos-report.json").toFile());
        assertThat(json.path("scenarios")).hasSize(2);
        JsonNode events = json.path("scenarios").get(0).path("events");
        assertThat(events).extracting(e -> e.path("kind").asText())
                .containsExactly("PHASE", "FAULT", "ATTEMPT", "RETRY", "BREAKER", "CALL");
        assertThat(events.get(2).path("outcome").asText()).isEqualTo("refused");
        assertThat(json.path("scenarios").get(1).path("passed").asBoolean()).isFalse();
    }
}
