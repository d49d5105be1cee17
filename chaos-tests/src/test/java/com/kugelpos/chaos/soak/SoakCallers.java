package com.kugelpos.chaos.soak;

import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.http.ServiceResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak's load: a fixed number of callers, each making one call at a time, then thinking 5 to 35 ms
 * (scheduled, no thread blocked), until the call budget is spent or they are told to stop: 60 % GET
 * item details, 25 % POST journal with an {@code Idempotency-Key}, 15 % without. Each POST carries a
 * receipt number used once. A call not ended {@code hungAfter} after it started counts as hung.
 * Thread-safe.
 */
final class SoakCallers {

    static final String GET = "GET item";
    static final String POST_KEYED = "POST journal with key";
    static final String POST_UNKEYED = "POST journal without key";

    private final ChaosRig rig;
    private final long seed;
    private final int maxCalls;
    private final Duration hungAfter;
    private final SoakTally tally = new SoakTally();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "soak-callers");
        thread.setDaemon(true);
        return thread;
    });
    private CountDownLatch finished;

    /**
     * @param seed the seed of the callers' choices (caller n uses {@code seed + n})
     * @param maxCalls the call budget of all callers together
     * @param hungAfter how long after its start a call that has not ended counts as hung
     */
    SoakCallers(ChaosRig rig, long seed, int maxCalls, Duration hungAfter) {
        this.rig = rig;
        this.seed = seed;
        this.maxCalls = maxCalls;
        this.hungAfter = hungAfter;
    }

    /** Starts {@code callers} callers. */
    void start(int callers) {
        finished = new CountDownLatch(callers);
        for (int n = 0; n < callers; n++) {
            Random random = new Random(seed + n);
            scheduler.execute(() -> callNext(random));
        }
    }

    /** Whether the call budget is spent. */
    boolean budgetSpent() {
        return issued.get() >= maxCalls;
    }

    /** Tells the callers to stop and waits until each has seen its last call end. */
    void stopAndJoin() throws InterruptedException {
        stop.set(true);
        boolean ended = finished.await(hungAfter.toMillis() * 2, TimeUnit.MILLISECONDS);
        scheduler.shutdown();
        if (!ended) {
            throw new IllegalStateException(finished.getCount() + " callers did not end: a call never completed");
        }
    }

    /** What the callers saw. */
    SoakTally tally() {
        return tally;
    }

    private void callNext(Random random) {
        int number = issued.incrementAndGet();
        if (stop.get() || number > maxCalls) {
            finished.countDown();
            return;
        }
        double dice = random.nextDouble();
        long start = System.nanoTime();
        CompletableFuture<ServiceResponse> call;
        String kind;
        if (dice < 0.60) {
            kind = GET;
            call = rig.startItemDetails();
        } else {
            kind = dice < 0.85 ? POST_KEYED : POST_UNKEYED;
            tally.journalAttempted(number);
            String key = kind.equals(POST_KEYED) ? "soak-" + seed + "-" + number : null;
            call = rig.startPostJournal(number, key);
        }
        long think = 5 + random.nextInt(31);
        call.orTimeout(hungAfter.toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, failure) -> {
            record(kind, number, failure, (System.nanoTime() - start) / 1_000_000);
            scheduler.schedule(() -> callNext(random), think, TimeUnit.MILLISECONDS);
        });
    }

    private void record(String kind, int number, Throwable failure, long millis) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            tally.recordHung(kind);
            return;
        }
        tally.record(kind, cause, millis);
        if (cause == null && !kind.equals(GET)) {
            tally.journalConfirmed(number);
        }
    }
}
