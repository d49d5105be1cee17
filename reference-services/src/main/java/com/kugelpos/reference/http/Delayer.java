package com.kugelpos.reference.http;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** Completes a stage after a delay without blocking a thread (a scheduler, never a sleep). */
@FunctionalInterface
public interface Delayer {

    /** A stage that completes after {@code delay}. */
    CompletionStage<Void> after(Duration delay);
}
