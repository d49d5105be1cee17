package com.kugelpos.http.testing;

import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.event.CacheEvent;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.event.ClientEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.HedgeEvent;
import com.kugelpos.http.event.InstanceEjectedEvent;
import com.kugelpos.http.event.InstanceHealthEvent;
import com.kugelpos.http.event.LoadShedEvent;
import com.kugelpos.http.event.PanicModeEvent;
import com.kugelpos.http.event.RetryDeniedEvent;
import com.kugelpos.http.event.RetryEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Records every event of the client, in order; tests read them, or wait for a retry to be
 * scheduled before they advance a fake clock. Thread-safe.
 */
public final class RecordingListener implements ClientEventListener {

    private final List<ClientEvent> events = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Duration> pendingRetries = new LinkedBlockingQueue<>();

    @Override
    public void onAttempt(AttemptEvent event) {
        events.add(event);
    }

    @Override
    public void onRetry(RetryEvent event) {
        events.add(event);
        pendingRetries.add(event.delay());
    }

    @Override
    public void onHedge(HedgeEvent event) {
        events.add(event);
    }

    @Override
    public void onRetryDenied(RetryDeniedEvent event) {
        events.add(event);
    }

    @Override
    public void onLoadShed(LoadShedEvent event) {
        events.add(event);
    }

    @Override
    public void onCacheLookup(CacheEvent event) {
        events.add(event);
    }

    @Override
    public void onCall(CallEvent event) {
        events.add(event);
    }

    @Override
    public void onBreakerTransition(BreakerTransitionEvent event) {
        events.add(event);
    }

    @Override
    public void onInstanceEjected(InstanceEjectedEvent event) {
        events.add(event);
    }

    @Override
    public void onInstanceHealth(InstanceHealthEvent event) {
        events.add(event);
    }

    @Override
    public void onPanicMode(PanicModeEvent event) {
        events.add(event);
    }

    /**
     * Waits (at most 10 s of real time) for the next retry to be scheduled and returns its delay.
     *
     * @throws AssertionError when none is scheduled in time
     */
    public Duration awaitRetry() throws InterruptedException {
        Duration delay = pendingRetries.poll(10, TimeUnit.SECONDS);
        if (delay == null) {
            throw new AssertionError("no retry was scheduled within 10 s");
        }
        return delay;
    }

    /** Every event so far, in order. */
    public List<ClientEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one kind so far, in order. */
    public <E extends ClientEvent> List<E> events(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toUnmodifiableList());
    }

    /** The delays of every retry scheduled so far, in order. */
    public List<Duration> retryDelays() {
        return events(RetryEvent.class).stream().map(RetryEvent::delay).collect(Collectors.toUnmodifiableList());
    }

    /** Every attempt so far, in order. */
    public List<AttemptEvent> attempts() {
        return events(AttemptEvent.class);
    }

    /** Every breaker transition so far, in order. */
    public List<BreakerTransitionEvent> transitions() {
        return events(BreakerTransitionEvent.class);
    }

    /** Every logical call that ended so far, in order. */
    public List<CallEvent> calls() {
        return events(CallEvent.class);
    }
}
