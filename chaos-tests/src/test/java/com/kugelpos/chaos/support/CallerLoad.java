package com.kugelpos.chaos.support;

import com.kugelpos.http.ServiceResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * A fixed number of callers, each making one call at a time (the next starts {@value #PAUSE_MILLIS}
 * ms after the last ended, on the load's own threads, so calls that fail fast neither recurse nor
 * spin), while the scenario's
 * steps (faults, repairs) run at their offsets; counts calls, successes and failures per kind of
 * call. A call not ended {@code hungAfter} after its start counts as hung. Thread-safe.
 */
public final class CallerLoad {

    /** One call of the load: its kind (e.g. {@code "GET item"}) and its future. */
    public record Call(String kind, CompletableFuture<ServiceResponse> future) {}

    private static final long PAUSE_MILLIS = 2;

    private final int callers;
    private final IntFunction<Call> calls;
    private final Duration hungAfter;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "caller-load");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param calls given the call's number (from 1), the call to make
     * @param hungAfter how long after its start a call that has not ended counts as hung
     */
    public CallerLoad(int callers, IntFunction<Call> calls, Duration hungAfter) {
        this.callers = callers;
        this.calls = calls;
        this.hungAfter = hungAfter;
    }

    /**
     * Runs the callers for {@code total}, running each step at its offset from the start, then stops
     * them and waits until every caller's last call has ended.
     *
     * @param steps offsets from the start and what to do then, e.g. take a proxy down
     */
    public void run(Duration total, Map<Duration, Runnable> steps) throws InterruptedException, ExecutionException {
        CountDownLatch finished = new CountDownLatch(callers);
        CompletableFuture<Void> stepsFailed = new CompletableFuture<>();
        steps.forEach((at, step) -> threads.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                stepsFailed.completeExceptionally(e);
            }
        }, at.toMillis(), TimeUnit.MILLISECONDS));
        for (int i = 0; i < callers; i++) {
            threads.execute(() -> callNext(finished));
        }
        threads.schedule(() -> stop.set(true), total.toMillis(), TimeUnit.MILLISECONDS);
        boolean ended = finished.await(total.plus(hungAfter).plus(hungAfter).toMillis(), TimeUnit.MILLISECONDS);
        threads.shutdownNow();
        if (stepsFailed.isCompletedExceptionally()) {
            stepsFailed.get();
        }
        if (!ended) {
            throw new IllegalStateException(finished.getCount() + " callers did not end: a call never completed");
        }
    }

    /** What the calls of {@code kind} came to. */
    public Tally tally(String kind) {
        return tallies.computeIfAbsent(kind, k -> new Tally());
    }

    /** Every call of every kind. */
    public Tally total() {
        Tally total = new Tally();
        tallies.values().forEach(total::add);
        return total;
    }

    private void callNext(CountDownLatch finished) {
        if (stop.get()) {
            finished.countDown();
            return;
        }
        Call call = calls.apply(issued.incrementAndGet());
        call.future().orTimeout(hungAfter.toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, failure) -> {
            tally(call.kind()).record(failure);
            threads.schedule(() -> callNext(finished), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    /** Calls of one kind: how many, how many succeeded, and the failures by the exception's type. Thread-safe. */
    public static final class Tally {
        private final LongAdder calls = new LongAdder();
        private final LongAdder successes = new LongAdder();
        private final LongAdder hung = new LongAdder();
        private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

        void record(Throwable failure) {
            calls.increment();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause == null) {
                successes.increment();
            } else if (cause instanceof TimeoutException) {
                hung.increment();
            } else {
                failures.computeIfAbsent(cause.getClass().getSimpleName(), k -> new LongAdder()).increment();
            }
        }

        /** Adds the counts of {@code other} to these. */
        public void add(Tally other) {
            calls.add(other.calls());
            successes.add(other.successes());
            hung.add(other.hung());
            other.failures().forEach((kind, count) -> failures.computeIfAbsent(kind, k -> new LongAdder()).add(count));
        }

        public long calls() {
            return calls.sum();
        }

        public long successes() {
            return successes.sum();
        }

        /** Calls that had not ended {@code hungAfter} after their start. */
        public long hung() {
            return hung.sum();
        }

        /** Failed calls by the simple name of the exception they ended with. */
        public Map<String, Long> failures() {
            Map<String, Long> copy = new TreeMap<>();
            failures.forEach((kind, count) -> copy.put(kind, count.sum()));
            return copy;
        }

        /** Successes per call, 0 with no calls. */
        public double successRate() {
            return calls() == 0 ? 0 : (double) successes() / calls();
        }

        @Override
        public String toString() {
            return calls() + " calls, " + successes() + " ok" + (hung() > 0 ? ", " + hung() + " hung" : "")
                    + (failures.isEmpty() ? "" : ", failed " + failures());
        }
    }
}
