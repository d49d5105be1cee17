package com.kugelpos.http.internal.pipeline;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The failure a future's wrappers ({@link CompletionException}, {@link ExecutionException}) hide. */
public final class CompletionCauses {

    private CompletionCauses() {}

    /** {@code failure} without the wrappers around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
