package com.kugelpos.chaos.report;

import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.BreakerTransitionEvent;
import com.kugelpos.http.event.CallEvent;
import com.kugelpos.http.event.ClientEventListener;
import com.kugelpos.http.event.RetryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What happened in one chaos scenario: every attempt, retry, call end and breaker transition the
 * client reported (it is the client's {@link ClientEventListener}), and every fault and phase the
 * test announced, each stamped with the time since the scenario started. The suites assert on it and
 * the report draws it. Calls, attempts and retries beyond {@value #MAX_CALL_EVENTS} events are
 * counted but not kept (a soak makes tens of thousands); faults, phases and transitions are always
 * kept. Thread-safe.
 */
public final class ScenarioTimeline implements ClientEventListener {

    /** Call, attempt and retry events kept for the report and the assertions. */
    public static final int MAX_CALL_EVENTS = 150_000;

    private final String name;
    private volatile long startNanos = System.nanoTime();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final AtomicInteger notKept = new AtomicInteger();
    private final Map<String, Object> figures = Collections.synchronizedMap(new LinkedHashMap<>());
    private int callEvents;
    private volatile String failure;
    private volatile double endMillis = -1;

    /** @param name the scenario's name as the report shows it */
    public ScenarioTimeline(String name) {
        this.name = name;
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    @Override
    public void onAttempt(AttemptEvent event) {
        addCallEvent(new TimelineEvent(now(), Kind.ATTEMPT, event.call().service(), event.failureReason(), event.attempt(), event.status(),
                millis(event.duration())));
    }

    @Override
    public void onRetry(RetryEvent event) {
        addCallEvent(new TimelineEvent(now(), Kind.RETRY, event.call().service(), event.reason(), event.nextAttempt(), 0,
                millis(event.delay())));
    }

    @Override
    public void onCall(CallEvent event) {
        String label = event.succeeded() ? TimelineEvent.OK : event.error().getClass().getSimpleName();
        addCallEvent(new TimelineEvent(now(), Kind.CALL, event.call().service(), label, event.attempts(), 0,
                millis(event.duration())));
    }

    @Override
    public void onBreakerTransition(BreakerTransitionEvent transition) {
        add(new TimelineEvent(now(), Kind.BREAKER, transition.service(), transition.from() + ">" + transition.to(), 0, 0, 0));
    }

    /** Starts the scenario's clock now, when its set-up is done, so that the set-up time is not shown. */
    public void startClock() {
        startNanos = System.nanoTime();
    }

    /** Records that a fault was switched on or off, e.g. {@code "+ latency 600 ms"}. */
    public void fault(String description) {
        add(new TimelineEvent(now(), Kind.FAULT, null, description, 0, 0, 0));
    }

    /** Records the start of a phase, e.g. {@code "before"}, {@code "during"}, {@code "after"}. */
    public void phase(String phase) {
        add(new TimelineEvent(now(), Kind.PHASE, null, phase, 0, 0, 0));
    }

    /** Adds a named figure to the report's summary of this scenario (e.g. the soak's counts). */
    public void figure(String label, Object value) {
        figures.put(label, value);
    }

    /** The events kept so far, in time order. */
    public synchronized List<TimelineEvent> events() {
        List<TimelineEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparingDouble(TimelineEvent::atMillis));
        return copy;
    }

    /** The kept events of one kind about {@code service}, in time order. */
    public List<TimelineEvent> events(Kind kind, String service) {
        return events().stream().filter(e -> e.kind() == kind && service.equals(e.service())).toList();
    }

    /**
     * The kept events of one kind about {@code service} in the last phase named {@code phase} (from
     * its start to the start of the next phase), in time order.
     */
    public List<TimelineEvent> events(Kind kind, String service, String phase) {
        List<TimelineEvent> all = events();
        double from = Double.NaN;
        double to = Double.POSITIVE_INFINITY;
        for (TimelineEvent event : all) {
            if (event.kind() == Kind.PHASE && event.label().equals(phase)) {
                from = event.atMillis();
                to = Double.POSITIVE_INFINITY;
            } else if (event.kind() == Kind.PHASE && !Double.isNaN(from) && to == Double.POSITIVE_INFINITY) {
                to = event.atMillis();
            }
        }
        if (Double.isNaN(from)) {
            throw new IllegalArgumentException("no phase '" + phase + "' in scenario " + name);
        }
        double start = from;
        double end = to;
        return all.stream()
                .filter(e -> e.kind() == kind && service.equals(e.service()) && e.atMillis() >= start && e.atMillis() < end)
                .toList();
    }

    /** The transitions of {@code service}'s breaker so far as {@code FROM>TO}, in order. */
    public List<String> transitions(String service) {
        return events(Kind.BREAKER, service).stream().map(TimelineEvent::label).toList();
    }

    /** Call, attempt and retry events that were counted but not kept. */
    public int eventsNotKept() {
        return notKept.get();
    }

    /** The figures added with {@link #figure}, in insertion order. */
    public Map<String, Object> figures() {
        synchronized (figures) {
            return new LinkedHashMap<>(figures);
        }
    }

    /** Marks the scenario as ended, with the failure message if it failed. */
    public void end(String failureMessage) {
        failure = failureMessage;
        endMillis = now();
    }

    /** The failure message of a failed scenario, or null when it passed (or has not ended). */
    public String failure() {
        return failure;
    }

    /** How long the scenario ran, in milliseconds (up to now while it runs). */
    public double durationMillis() {
        return endMillis >= 0 ? endMillis : now();
    }

    private synchronized void addCallEvent(TimelineEvent event) {
        if (callEvents >= MAX_CALL_EVENTS) {
            notKept.incrementAndGet();
            return;
        }
        callEvents++;
        events.add(event);
    }

    private synchronized void add(TimelineEvent event) {
        events.add(event);
    }

    private double now() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
