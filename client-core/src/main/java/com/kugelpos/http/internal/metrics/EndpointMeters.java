package com.kugelpos.http.internal.metrics;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The per-call meters of one endpoint (service, method, path template), registered once per tag
 * set and then found without a registry lookup or an allocation: attempts by status in a small
 * copy-on-write table, calls by outcome (success, or the error's class). Thread-safe.
 */
final class EndpointMeters {

    private static final String SUCCESS = "SUCCESS";

    private final MeterRegistry registry;
    private final CallDescription call;
    private final ConcurrentMap<Class<?>, Timer> failedCalls = new ConcurrentHashMap<>();
    private volatile Timer succeededCalls;
    private volatile ByStatus[] byStatus = new ByStatus[0];

    /** The meters of one status: its attempt timer and, for errors, its error counter. */
    record ByStatus(int status, Timer attempts, Counter errors) {}

    EndpointMeters(MeterRegistry registry, CallDescription call) {
        this.registry = registry;
        this.call = call;
    }

    /** The meters of attempts that ended with {@code status} (0: no response). */
    ByStatus attempts(int status) {
        for (ByStatus each : byStatus) {
            if (each.status() == status) {
                return each;
            }
        }
        return register(status);
    }

    /** The timer of calls that succeeded, or failed with {@code error}. */
    Timer calls(Throwable error) {
        if (error == null) {
            Timer timer = succeededCalls;
            if (timer == null) {
                timer = callTimer(SUCCESS);
                succeededCalls = timer;
            }
            return timer;
        }
        return failedCalls.computeIfAbsent(error.getClass(), type -> callTimer(type.getSimpleName()));
    }

    private synchronized ByStatus register(int status) {
        for (ByStatus each : byStatus) {
            if (each.status() == status) {
                return each;
            }
        }
        String statusClass = status == 0 ? "IO_ERROR" : (status / 100) + "xx";
        Timer attempts = Timer.builder(MetricNames.REQUESTS)
                .description("HTTP attempts to Kugelpos services")
                .tags("service", call.service(), "method", call.method().name(), "endpoint", call.pathTemplate(),
                        "status", status == 0 ? "NONE" : Integer.toString(status), "outcome", statusClass)
                .publishPercentiles(0.95)
                .register(registry);
        Counter errors = status == 0 || status >= 400
                ? Counter.builder(MetricNames.ERRORS)
                        .tags("service", call.service(), "endpoint", call.pathTemplate(), "kind", statusClass)
                        .register(registry)
                : null;
        ByStatus added = new ByStatus(status, attempts, errors);
        ByStatus[] grown = Arrays.copyOf(byStatus, byStatus.length + 1);
        grown[grown.length - 1] = added;
        byStatus = grown;
        return added;
    }

    private Timer callTimer(String outcome) {
        return Timer.builder(MetricNames.CALLS)
                .tags("service", call.service(), "method", call.method().name(), "endpoint", call.pathTemplate(),
                        "outcome", outcome)
                .register(registry);
    }
}
