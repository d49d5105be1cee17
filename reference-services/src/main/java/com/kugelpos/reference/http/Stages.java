package com.kugelpos.reference.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Helpers for {@link CompletionStage}s that may also fail by throwing. */
public final class Stages {

    private Stages() {}

    /** Calls {@code action}, turning a thrown exception into a failed stage. */
    public static <T> CompletionStage<T> call(Supplier<? extends CompletionStage<T>> action) {
        try {
            CompletionStage<T> stage = action.get();
            if (stage == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("handler returned no result"));
            }
            return stage;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The cause inside {@link CompletionException} and {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
