package com.kugelpos.http.internal.resilience;

import com.kugelpos.http.CircuitState;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.spi.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker of one service, as the specification describes it: CLOSED → OPEN after
 * {@code threshold} consecutive failed attempts (a success resets the count), OPEN → HALF_OPEN after
 * the open period, HALF_OPEN → CLOSED when the probe succeeds and → OPEN when it fails. In HALF_OPEN
 * one probe goes through at a time; other calls fail fast.
 *
 * <p>Outcomes are reported through the {@link Permit} a call was granted; an outcome of an attempt
 * granted in an earlier state is ignored. The open timer reads and schedules through the injected
 * {@link TimeSource}. Thread-safe.
 */
public final class CircuitBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String service;
    private final int threshold;
    private final Duration openDuration;
    private final TimeSource time;
    private final List<Consumer<BreakerTransitionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<BreakerState> state;

    /**
     * @param threshold consecutive failed attempts that open the breaker
     * @param openDuration how long the breaker stays open before it lets a probe through
     */
    public CircuitBreaker(String service, int threshold, Duration openDuration, TimeSource time) {
        this.service = service;
        this.threshold = threshold;
        this.openDuration = openDuration;
        this.time = time;
        this.state = new AtomicReference<>(new ClosedState(threshold));
    }

    /** The service this breaker guards. */
    public String service() {
        return service;
    }

    /** The current state; an open period that has ended turns into HALF_OPEN here. */
    public CircuitState state() {
        return current().name();
    }

    /** How long until an open breaker lets a probe through; zero unless OPEN. */
    public Duration retryIn() {
        if (current() instanceof OpenState open) {
            return Duration.ofNanos(Math.max(0, open.halfOpenAtNanos() - time.nanoTime()));
        }
        return Duration.ZERO;
    }

    /** Registers a listener for state transitions. */
    public void onTransition(Consumer<BreakerTransitionEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Asks to send one attempt.
     *
     * @return a permit to report the attempt's outcome with, or empty when the call must fail fast
     */
    public Optional<Permit> tryAcquire() {
        BreakerState granting = current();
        return granting.tryPermit() ? Optional.of(new Permit(granting)) : Optional.empty();
    }

    private BreakerState current() {
        BreakerState now = state.get();
        if (now instanceof OpenState open && time.nanoTime() - open.halfOpenAtNanos() >= 0) {
            transition(open, new HalfOpenState());
            return state.get();
        }
        return now;
    }

    private void open(BreakerState from) {
        OpenState open = new OpenState(time.nanoTime() + openDuration.toNanos());
        if (transition(from, open)) {
            time.schedule(() -> transition(open, new HalfOpenState()), openDuration);
        }
    }

    private boolean transition(BreakerState from, BreakerState to) {
        if (!state.compareAndSet(from, to)) {
            return false;
        }
        if (to.name() == CircuitState.OPEN) {
            LOG.warn("Circuit breaker opened for {} (calls fail fast for {} ms)", service, openDuration.toMillis());
        } else {
            LOG.info("Circuit breaker for {} is {} (was {})", service, to.name(), from.name());
        }
        BreakerTransitionEvent transition = new BreakerTransitionEvent(service, from.name(), to.name(), time.now());
        for (Consumer<BreakerTransitionEvent> listener : listeners) {
            try {
                listener.accept(transition);
            } catch (RuntimeException e) {
                LOG.error("Circuit breaker listener {} failed on {}; ignored", listener, transition, e);
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "CircuitBreaker{service=" + service + ", state=" + state.get().name() + ", threshold=" + threshold + '}';
    }

    /**
     * Leave to send one attempt; report its outcome exactly once with {@link #onSuccess()}, {@link
     * #onFailure()} or {@link #release()}. Thread-safe.
     */
    public final class Permit {

        private final BreakerState grantedIn;

        private Permit(BreakerState grantedIn) {
            this.grantedIn = grantedIn;
        }

        /** The attempt got an answer that shows the service works (2xx, 3xx or 4xx). */
        public void onSuccess() {
            if (state.get() == grantedIn && grantedIn.recordSuccess()) {
                transition(grantedIn, new ClosedState(threshold));
            }
        }

        /** The attempt failed (5xx, timeout, connection error). */
        public void onFailure() {
            if (state.get() == grantedIn && grantedIn.recordFailure()) {
                open(grantedIn);
            }
        }

        /** The attempt ended without an outcome (cancelled, or never sent): free a probe slot. */
        public void release() {
            grantedIn.release();
        }
    }
}
