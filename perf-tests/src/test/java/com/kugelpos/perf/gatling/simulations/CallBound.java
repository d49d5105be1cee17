package com.kugelpos.perf.gatling.simulations;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.resilience.Backoff;
import java.time.Duration;

/** The longest a failing call may take under the client's settings: every attempt's timeout plus the longest backoffs. */
final class CallBound {

    private static final double HIGHEST_JITTER = Math.nextDown(1.0);

    private CallBound() {}

    /** {@code attempts × responseTimeout + Σ longest backoff before each retry}, capped by the call timeout. */
    static Duration of(HttpClientSettings settings) {
        Backoff backoff = new Backoff(settings.retry().backoffBase(), settings.retry().backoffMax());
        Duration bound = settings.timeouts().response().multipliedBy(settings.retry().attempts());
        for (int retry = 1; retry < settings.retry().attempts(); retry++) {
            bound = bound.plus(backoff.delayBefore(retry, HIGHEST_JITTER));
        }
        return bound.compareTo(settings.timeouts().call()) < 0 ? bound : settings.timeouts().call();
    }
}
