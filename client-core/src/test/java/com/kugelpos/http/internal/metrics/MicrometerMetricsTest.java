package com.kugelpos.http.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.HttpMethod;
import com.kugelpos.http.error.ConnectionFailureException;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.metrics.MetricNames;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerMetricsTest {

    private static final URI INSTANCE = URI.create("http://127.0.0.1:8002");
    private static final String ITEM = "/api/v1/tenants/{t}/items/{code}";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerMetrics metrics = new MicrometerMetrics(registry);

    @Test
    void shouldRecordAttemptsPerStatusUnderTheSameMeterEachTime() {
        for (int i = 0; i < 3; i++) {
            metrics.onAttempt(attempt(200, AttemptOutcome.SUCCESS));
        }
        metrics.onAttempt(attempt(503, AttemptOutcome.SERVER_ERROR));

        Timer ok = registry.get(MetricNames.REQUESTS).tags("service", "master-data", "method", "GET", "endpoint", ITEM,
                "status", "200", "outcome", "2xx").timer();
        assertThat(ok.count()).isEqualTo(3);
        assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(36);
        assertThat(registry.get(MetricNames.REQUESTS).tags("status", "503", "outcome", "5xx").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(MetricNames.ERRORS).tags("service", "master-data", "endpoint", ITEM, "kind", "5xx")
                .counter().count()).isEqualTo(1);
        assertThat(registry.find(MetricNames.ERRORS).tag("kind", "2xx").counter()).isNull();
    }

    @Test
    void shouldNameAnAttemptWithoutResponseAnIoError() {
        metrics.onAttempt(new AttemptEvent(new CallDescription("cart", HttpMethod.POST, "/x"), 1, INSTANCE, 0,
                AttemptOutcome.NOT_SENT, "connection refused", Duration.ofMillis(3)));

        assertThat(registry.get(MetricNames.REQUESTS).tags("status", "NONE", "outcome", "IO_ERROR").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(MetricNames.ERRORS).tag("kind", "IO_ERROR").counter().count()).isEqualTo(1);
    }

    @Test
    void shouldRecordCallsBySuccessOrTheErrorsClass() {
        CallDescription call = item();
        metrics.onCall(new CallEvent(call, 1, Duration.ofMillis(5), null));
        metrics.onCall(new CallEvent(item(), 1, Duration.ofMillis(5), null));
        metrics.onCall(new CallEvent(call, 3, Duration.ofMillis(9),
                new ConnectionFailureException(call, "connection refused", 3, null)));

        assertThat(registry.get(MetricNames.CALLS).tags("endpoint", ITEM, "outcome", "SUCCESS").timer().count())
                .isEqualTo(2);
        assertThat(registry.get(MetricNames.CALLS).tag("outcome", "ConnectionFailureException").timer().count())
                .isEqualTo(1);
    }

    private static CallDescription item() {
        return new CallDescription("master-data", HttpMethod.GET, ITEM);
    }

    private static AttemptEvent attempt(int status, AttemptOutcome outcome) {
        return new AttemptEvent(item(), 1, INSTANCE, status, outcome, null, Duration.ofMillis(12));
    }
}
