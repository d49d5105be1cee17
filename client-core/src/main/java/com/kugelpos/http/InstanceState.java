package com.kugelpos.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the client knows of one instance of a service at one moment: whether the health checks find
 * it healthy, whether outlier detection has ejected it and until when, its failed attempts in a row,
 * the attempts in flight to it and its latency estimate. Read with {@link ServiceClients#instances(String)}.
 *
 * @param instance the instance's base URL
 * @param healthy whether the last health checks passed (true when checks are off)
 * @param ejectedUntil when an ejection by outlier detection ends, or null when it is not ejected
 * @param consecutiveFailures failed attempts in a row on this instance since its last success or ejection
 * @param inFlight attempts sent to it that have not ended yet
 * @param latencyEstimate its peak-EWMA estimate of attempt latency now; zero unless the service's
 *     load-balancing policy is {@code peak-ewma}
 */
public record InstanceState(URI instance, boolean healthy, Instant ejectedUntil, int consecutiveFailures,
        int inFlight, Duration latencyEstimate) {

    /** Whether outlier detection keeps the instance out now. */
    public boolean isEjected() {
        return ejectedUntil != null;
    }

    /** Whether calls may go to it: healthy and not ejected. */
    public boolean isUsable() {
        return healthy && !isEjected();
    }

    /** When its ejection ends, if it is ejected. */
    public Optional<Instant> ejection() {
        return Optional.ofNullable(ejectedUntil);
    }
}
