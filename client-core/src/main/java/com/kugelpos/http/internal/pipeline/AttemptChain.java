package com.kugelpos.http.internal.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The stages below a point of the attempt path, built once per service. Immutable. */
final class AttemptChain {

    private final AttemptStage stage;
    private final AttemptChain next;

    private AttemptChain(AttemptStage stage, AttemptChain next) {
        this.stage = stage;
        this.next = next;
    }

    /** The chain of {@code stages} in order; the last one must not call its {@code next}. */
    static AttemptChain of(List<AttemptStage> stages) {
        AttemptChain chain = null;
        for (int i = stages.size() - 1; i >= 0; i--) {
            chain = new AttemptChain(stages.get(i), chain);
        }
        if (chain == null) {
            throw new IllegalArgumentException("An attempt chain needs at least its transport stage");
        }
        return chain;
    }

    /**
     * Runs {@code attempt} through this stage and those below it. What a stage throws (a bad header,
     * a credentials supplier that failed) comes back as a failed future, so the stages above free
     * what they hold and the call ends with that exception.
     */
    CompletableFuture<AttemptResult> proceed(Attempt attempt) {
        try {
            return stage.attempt(attempt, next);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
