package com.kugelpos.http.internal.balancing;

import com.kugelpos.http.event.PanicModeEvent;
import com.kugelpos.http.internal.event.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Panic mode of a service's instance choice (in the manner of Envoy's panic threshold): while fewer
 * than {@code thresholdPercent} of the instances are usable, calls are spread over all of them, so
 * that the few usable ones are not overloaded by the traffic of all; health and ejection are ignored
 * until enough are usable again. Entering and leaving it is logged and published as a {@link
 * PanicModeEvent}. Thread-safe.
 */
final class PanicMode {

    private static final Logger LOG = LoggerFactory.getLogger(PanicMode.class);

    private final String service;
    private final int thresholdPercent;
    private final EventPublisher events;
    private boolean panicking;

    /** @param thresholdPercent 1 to 100 */
    PanicMode(String service, int thresholdPercent, EventPublisher events) {
        this.service = service;
        this.thresholdPercent = thresholdPercent;
        this.events = events;
    }

    /**
     * Whether the service panics with {@code usable} of {@code instances} usable; reports a change.
     */
    boolean check(int usable, int instances) {
        boolean now = usable * 100L < (long) thresholdPercent * instances;
        boolean changed;
        synchronized (this) {
            changed = now != panicking;
            panicking = now;
        }
        if (changed) {
            if (now) {
                LOG.warn("{}: only {} of {} instances are usable, below the panic threshold of {} %: calls go to"
                        + " all instances", service, usable, instances, thresholdPercent);
            } else {
                LOG.info("{}: {} of {} instances are usable again, panic mode ends", service, usable, instances);
            }
            events.publish(new PanicModeEvent(service, now, usable, instances));
        }
        return now;
    }

    /** Whether the service panicked at the last check. */
    synchronized boolean isPanicking() {
        return panicking;
    }
}
