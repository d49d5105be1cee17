package com.kugelpos.http.internal.pipeline;

import java.util.concurrent.CompletableFuture;

/**
 * One concern of the attempt path. A stage may refuse the attempt, change it, and pass it on to
 * {@code next}; it sees the result on the way back when it passed the attempt on with {@link
 * AttemptChain#proceedAndReturn(Attempt)}. Stages are shared by every call of a service, so they
 * keep per-attempt state in the {@link Attempt} only. The order is fixed in {@link ServiceChannel}.
 */
interface AttemptStage {

    /** Runs this stage's part of {@code attempt}; {@code next} runs the stages below it. */
    CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next);

    /**
     * This stage's part on the way back, for an attempt it passed on with {@link
     * AttemptChain#proceedAndReturn(Attempt)}: it frees what it holds, reports, or turns the result
     * into another. Runs once the result is back, bottom stage first, on the thread that completed it.
     *
     * @param result what came back from below, or null when the stages below failed with an
     *     exception (the call then ends with it: the stage only frees what it holds, and returns null)
     * @return the result to pass up
     */
    default AttemptResult returned(Attempt attempt, AttemptResult result) {
        return result;
    }
}
