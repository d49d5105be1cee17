package com.kugelpos.perf.gatling.simulations;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.internal.resilience.Backoff;
import java.time.Duration;

/** The longest a failing call may take under the client's settings: every attempt's timeout plus the longest backoffs. */
final class CallBound {

    private static final double HIGHEST_JITTER = Math.nextDown(1.0);

    private CallBound() {}

    /** {@code attempts × responseTimeout + Σ longest backoff before each retry}, capped by the call timeout. */
    static Duration of(HttpClientSettings settings) {
        Backoff backoff = new Backoff(settings.retryBackoffBase(), settings.retryBackoffMax());
        Duration bound = settings.responseTimeout().multipliedBy(settings.retryAttempts());
        for (int retry = 1; retry < settings.retryAttempts(); retry++) {
            bound = bound.plus(backoff.delayBefore(retry, HIGHEST_JITTER));
        }
        return bound.compareTo(settings.callTimeout()) < 0 ? bound : settings.callTimeout();
    }
}
