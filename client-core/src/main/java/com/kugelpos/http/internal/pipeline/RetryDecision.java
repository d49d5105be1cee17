package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.CallDescription;
import com.kugelpos.http.Deadline;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.event.AttemptOutcome;
import com.kugelpos.http.event.RetryDeniedEvent;
import com.kugelpos.http.event.RetryEvent;
import com.kugelpos.http.internal.balancing.Endpoint;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether, and after how long, a call retries an attempt that failed, read from the attempt's
 * {@link Verdict}: only a retryable verdict with attempts left; the delay is the response's {@code
 * Retry-After}, else none after a connection that was never sent when an instance the call has not
 * tried is left, else the service's backoff (exponential with jitter); the delay must end before the
 * call's deadline; the retry budget must grant it. A granted retry publishes a {@link RetryEvent}, a
 * retry the budget denies a {@link RetryDeniedEvent}. One per service; thread-safe.
 */
final class RetryDecision {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClients.LOGGER_NAME);

    private final ServiceChannel channel;

    RetryDecision(ServiceChannel channel) {
        this.channel = channel;
    }

    /**
     * @param number the attempt that failed, 1 for the first
     * @param tried the instances the call's attempts went to
     * @return the delay before the next attempt (a retry taken from the budget), or null when the call
     *     ends with this attempt's failure
     */
    Duration delayBeforeRetry(CallDescription call, int number, Verdict verdict, Deadline deadline,
            Set<Endpoint> tried) {
        if (!verdict.retryable() || number >= channel.context().settings().retry().attempts()) {
            return null;
        }
        Duration delay = verdict.requestedDelay().orElseGet(() -> backoffBefore(number, verdict, tried));
        if (delay.compareTo(deadline.remaining()) >= 0) {
            return null;
        }
        if (!channel.retryBudget().tryAcquireRetry()) {
            LOG.debug("Retry budget of {} spent: {} ends after attempt {} ({})", channel.service(), call, number,
                    verdict.reason());
            channel.context().events().publish(new RetryDeniedEvent(call, number + 1, verdict.reason()));
            return null;
        }
        channel.context().events().publish(new RetryEvent(call, number + 1, delay, verdict.reason()));
        return delay;
    }

    /** No backoff after a connection that was never sent when another instance is left to try. */
    private Duration backoffBefore(int number, Verdict verdict, Set<Endpoint> tried) {
        if (verdict.outcome() == AttemptOutcome.NOT_SENT && channel.endpointSet().hasUntried(tried)) {
            return Duration.ZERO;
        }
        return channel.backoff().delayBefore(number, channel.context().jitter().getAsDouble());
    }
}
