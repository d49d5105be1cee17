package com.kugelpos.http.internal.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A point of the attempt path, built once per service: the stage there and the stages below it.
 * The way back is one pass at the top ({@link #returned(Attempt, AttemptResult)}) instead of a
 * callback per stage, so a stage's after-work allocates nothing per attempt. Immutable.
 */
final class AttemptChain {

    /** Each stage's way back is one bit of {@link Attempt#returnsThrough(int)}. */
    private static final int MAX_STAGES = Integer.SIZE;

    private final AttemptStage[] stages;
    private final int index;
    private final AttemptChain below;

    private AttemptChain(AttemptStage[] stages, int index, AttemptChain below) {
        this.stages = stages;
        this.index = index;
        this.below = below;
    }

    /** The chain of {@code stages} in order; the last one must not call its {@code next}. */
    static AttemptChain of(List<AttemptStage> stages) {
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new IllegalArgumentException("An attempt chain has from 1 (its transport stage) to " + MAX_STAGES
                    + " stages, not " + stages.size());
        }
        AttemptStage[] all = stages.toArray(new AttemptStage[0]);
        AttemptChain chain = null;
        for (int i = all.length - 1; i >= 0; i--) {
            chain = new AttemptChain(all, i, chain);
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
            return stages[index].attempt(attempt, below);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * As {@link #proceed(Attempt)}, called by the stage above this point, whose {@link
     * AttemptStage#returned(Attempt, AttemptResult)} then runs with the result.
     */
    CompletableFuture<AttemptResult> proceedAndReturn(Attempt attempt) {
        attempt.returnThrough(index - 1);
        return proceed(attempt);
    }

    /**
     * The way back, at the top of the chain once the result of {@code attempt} is back: runs the
     * after-work of every stage that asked for it, bottom stage first, each with what the one below
     * returned. Every such stage runs even when one throws; the first exception is then thrown, with
     * the others suppressed.
     *
     * @param result what came back, or null when the stages failed with an exception
     * @return the result as the stages passed it up, or null as for {@code result}
     */
    AttemptResult returned(Attempt attempt, AttemptResult result) {
        AttemptResult passed = result;
        RuntimeException thrown = null;
        for (int i = stages.length - 1; i >= 0; i--) {
            if (attempt.returnsThrough(i)) {
                try {
                    passed = stages[i].returned(attempt, passed);
                } catch (RuntimeException e) {
                    passed = null;
                    if (thrown == null) {
                        thrown = e;
                    } else {
                        thrown.addSuppressed(e);
                    }
                }
            }
        }
        if (thrown != null) {
            throw thrown;
        }
        return passed;
    }
}
