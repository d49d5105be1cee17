package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.config.RetryBudgetSettings;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.metrics.MetricNames;
import com.kugelpos.http.CircuitState;
import com.kugelpos.http.testing.Clients;
import com.kugelpos.http.testing.FakeTimeSource;
import com.kugelpos.http.testing.TestServer;
import com.kugelpos.http.testing.TestServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry budget against a provider that always answers 503: the extra load (attempts per call
 * minus one) with and without the budget. The breaker threshold is raised so that it does not hide
 * the budget; {@code Retry-After: 0} makes retries immediate, and the fake clock moves 33 ms per
 * call, so all {@value #CALLS} calls fall in one 10-second window.
 */
class RetryBudgetIT {

    private static final int CALLS = 300;
    private static final Duration BETWEEN_CALLS = Duration.ofMillis(33);

    private final TestServer server = new TestServer()
            .replying(request -> Reply.json(503, "{\"success\":false}").withHeader("Retry-After", "0"));

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void shouldTripleTheLoadOnAFailingProviderWhenTheBudgetIsOff() {
        Figures figures = drive(RetryBudgetSettings.unlimited());

        assertThat(figures.attempts).isEqualTo(3L * CALLS);
        assertThat(figures.denied).isZero();
        print("off", figures);
    }

    @Test
    void shouldHoldExtraLoadNearTheRatioWhenTheBudgetIsOn() {
        RetryBudgetSettings budget = new RetryBudgetSettings(true, 0.2, 1);

        Figures figures = drive(budget);

        double reserve = budget.minPerSecond() * (double) RetryBudgetSettings.WINDOW_SECONDS;
        assertThat(figures.extraLoad()).isLessThanOrEqualTo(0.2 + (reserve + 1) / CALLS);
        assertThat(figures.extraLoad()).isGreaterThanOrEqualTo(0.2);
        assertThat(figures.denied).isPositive().isLessThanOrEqualTo(CALLS); // at most one denial ends each call
        print("ratio 0.2, min 1/s", figures);
    }

    @Test
    void shouldHoldExtraLoadWithinTheDefaultBudget() {
        Figures figures = drive(RetryBudgetSettings.DEFAULTS);

        assertThat(figures.extraLoad()).isLessThanOrEqualTo(0.2 + 51.0 / CALLS);
        print("defaults (ratio 0.2, min 5/s)", figures);
    }

    private Figures drive(RetryBudgetSettings budget) {
        FakeTimeSource time = new FakeTimeSource();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        HttpClientSettings settings = Clients.fastSettings().breaker(b -> b.failureThreshold(1_000)).retry(r -> r.budget(budget)).build();
        try (ServiceClients clients = Clients.against(server.uri(), settings)
                .timeSource(time).meterRegistry(registry).build()) {
            ServiceClient client = clients.client("master-data");
            int failed = 0;
            for (int i = 0; i < CALLS; i++) {
                try {
                    client.get("/api/v1/items").join();
                } catch (CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(HttpClientError.class);
                    failed++;
                }
                time.advance(BETWEEN_CALLS);
            }
            assertThat(failed).isEqualTo(CALLS);
            assertThat(clients.circuitState("master-data")).isEqualTo(CircuitState.CLOSED);
            double denied = registry.find(MetricNames.RETRIES_DENIED).counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            return new Figures(server.requestCount(), (long) denied);
        }
    }

    private static void print(String budget, Figures figures) {
        System.out.printf(Locale.ROOT, "RETRY-BUDGET figure [%s]: %d calls to an always-503 provider -> %d attempts,"
                        + " extra load %.1f %% of calls, %d retries denied%n",
                budget, CALLS, figures.attempts, 100 * figures.extraLoad(), figures.denied);
    }

    private record Figures(long attempts, long denied) {
        double extraLoad() {
            return (double) attempts / CALLS - 1;
        }
    }
}
