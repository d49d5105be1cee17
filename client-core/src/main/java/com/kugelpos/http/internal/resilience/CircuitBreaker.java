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
 * {@code threshold} consecutive failures (a success resets the count; a failure during which a
 * success was reported is not counted, see {@link ClosedState}), OPEN → HALF_OPEN after the
 * open period, HALF_OPEN → CLOSED when the probe succeeds and → OPEN when it fails. In HALF_OPEN one
 * probe goes through at a time; other calls fail fast. A probe permit runs out after {@code
 * probeLease}, so a probe that never reports cannot hold the breaker half-open. What a failure is (a
 * logical call or one attempt) is the caller's choice: this class counts what it is told.
 *
 * <p>Outcomes are reported through the {@link Permit} that was granted; an outcome reported with a
 * permit granted in an earlier state is ignored. The open timer reads and schedules through the
 * injected {@link TimeSource}. Thread-safe.
 */
public final class CircuitBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String service;
    private final int threshold;
    private final Duration openDuration;
    private final long probeLeaseNanos;
    private final TimeSource time;
    private final List<Consumer<BreakerTransitionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<BreakerState> state;

    /**
     * @param threshold consecutive failures that open the breaker
     * @param openDuration how long the breaker stays open before it lets a probe through
     * @param probeLease how long a probe permit holds at most (the longest an attempt may take)
     */
    public CircuitBreaker(String service, int threshold, Duration openDuration, Duration probeLease, TimeSource time) {
        this.service = service;
        this.threshold = threshold;
        this.openDuration = openDuration;
        this.probeLeaseNanos = probeLease.toNanos();
        this.time = time;
        this.state = new AtomicReference<>(new ClosedState(threshold, time.nanoTime()));
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
     * Asks to let a call (or an attempt) through.
     *
     * @return a permit to report its outcome with, or empty when it must fail fast
     */
    public Optional<Permit> tryAcquire() {
        BreakerState granting = current();
        BreakerState.Ticket ticket = granting.tryPermit(time.nanoTime());
        return ticket == null ? Optional.empty() : Optional.of(new Permit(granting, ticket));
    }

    private BreakerState current() {
        BreakerState now = state.get();
        if (now instanceof OpenState open && time.nanoTime() - open.halfOpenAtNanos() >= 0) {
            transition(open, new HalfOpenState(probeLeaseNanos));
            return state.get();
        }
        return now;
    }

    private void open(BreakerState from) {
        OpenState open = new OpenState(time.nanoTime() + openDuration.toNanos());
        if (transition(from, open)) {
            time.schedule(() -> transition(open, new HalfOpenState(probeLeaseNanos)), openDuration);
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
     * Leave to go through; report the outcome once with {@link #onSuccess()}, {@link #onFailure()}
     * or {@link #release()}. Thread-safe.
     */
    public final class Permit {

        private final BreakerState grantedIn;
        private final BreakerState.Ticket ticket;

        private Permit(BreakerState grantedIn, BreakerState.Ticket ticket) {
            this.grantedIn = grantedIn;
            this.ticket = ticket;
        }

        /** Whether this permit is a HALF_OPEN probe's. */
        public boolean isProbe() {
            return grantedIn instanceof HalfOpenState;
        }

        /** Whether the breaker is still in the state that granted this permit. */
        public boolean isCurrent() {
            return state.get() == grantedIn;
        }

        /** The outcome shows the service works. */
        public void onSuccess() {
            long now = time.nanoTime();
            if (isCurrent() && grantedIn.recordSuccess(ticket, now)) {
                transition(grantedIn, new ClosedState(threshold, now));
            }
        }

        /** The outcome is a failure of the service (5xx, timeout, connection error). */
        public void onFailure() {
            if (isCurrent() && grantedIn.recordFailure(ticket, time.nanoTime())) {
                open(grantedIn);
            }
        }

        /** No outcome to count (cancelled, refused below, or neutral): frees a probe's place. */
        public void release() {
            grantedIn.release(ticket);
        }
    }
}
