package com.kugelpos.perf.gatling.simulations;

import com.kugelpos.http.config.HttpClientSettings;
import java.time.Duration;

/** The longest a failing call may take under the client's settings: every attempt's timeout plus the longest backoffs. */
final class CallBound {

    private CallBound() {}

    /**
     * {@code attempts × responseTimeout + Σ longest backoff before each retry}, capped by the call
     * timeout. The longest backoff before retry {@code n} is the README's exponential delay with no
     * jitter taken off: {@code min(max, base × 2^(n-1))}; computed here, not by the client's own code,
     * so the bound checks the client instead of repeating it.
     */
    static Duration of(HttpClientSettings settings) {
        Duration bound = settings.timeouts().response().multipliedBy(settings.retry().attempts());
        Duration backoff = settings.retry().backoffBase();
        for (int retry = 1; retry < settings.retry().attempts(); retry++) {
            bound = bound.plus(backoff.compareTo(settings.retry().backoffMax()) < 0 ? backoff : settings.retry().backoffMax());
            backoff = backoff.multipliedBy(2);
        }
        return bound.compareTo(settings.timeouts().call()) < 0 ? bound : settings.timeouts().call();
    }
}
