package com.kugelpos.http.internal.pipeline;

import java.util.concurrent.CompletableFuture;

/**
 * One concern of the attempt path. A stage may refuse the attempt, change it, and pass it on to
 * {@code next}; it sees the result on the way back. Stages are shared by every call of a service,
 * so they keep per-attempt state in the {@link Attempt} only. The order is fixed in {@link
 * ServiceChannel}.
 */
interface AttemptStage {

    /** Runs this stage's part of {@code attempt}; {@code next} runs the stages below it. */
    CompletableFuture<AttemptResult> attempt(Attempt attempt, AttemptChain next);
}
