package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.error.CircuitBreakerOpenException;
import com.kugelpos.http.error.HttpClientError;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.tracing.TraceContext;
import com.kugelpos.http.tracing.TraceScope;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a logical call's end is made known, within the call's trace: its {@link CallEvent} (when
 * anyone listens), and a log line for a failure (ERROR, or DEBUG for a breaker's fast failure;
 * none for a 4xx) or a cancellation (DEBUG). Failure texts are redacted.
 */
final class CallEndReport {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    private final ClientContext context;
    private final CallDescription call;
    private final TraceContext trace;
    private final long startNanos;

    /** Starts timing the call now, on the context's clock. */
    CallEndReport(ClientContext context, CallDescription call, TraceContext trace) {
        this.context = context;
        this.call = call;
        this.trace = trace;
        this.startNanos = context.time().nanoTime();
    }

    /** The call ended with a response ({@code failure} null) or with {@code failure}, after {@code sent} attempts. */
    void ended(int sent, Throwable failure) {
        publish(sent, failure);
        if (failure != null) {
            log(failure);
        }
    }

    /** The call's future was cancelled by its caller after {@code sent} attempts. */
    void cancelled(int sent) {
        publish(sent, new CancellationException(call + " was cancelled by its caller after " + sent + " attempts sent"));
        LOG.debug("HTTP request cancelled: {} after {} attempts sent", call, sent);
    }

    private void publish(int sent, Throwable failure) {
        if (context.events().isActive()) {
            Duration took = Duration.ofNanos(context.time().nanoTime() - startNanos);
            try (TraceScope published = TraceScopes.currentIf(context.events().needsTrace(), trace)) {
                context.events().publish(new CallEvent(call, sent, took, failure));
            }
        }
    }

    private void log(Throwable failure) {
        try (TraceScope logged = trace.makeCurrent()) {
            if (failure instanceof CircuitBreakerOpenException) {
                LOG.debug("HTTP request failed fast: {}", failure.getMessage());
            } else if (!(failure instanceof HttpClientError error && error.isClientError())) {
                LOG.error("HTTP request failed: {}", context.redactor().text(String.valueOf(failure.getMessage())));
            }
        }
    }
}
