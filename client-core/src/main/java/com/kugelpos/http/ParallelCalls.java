package com.kugelpos.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits for calls made in parallel, e.g. the tenant fan-out to five services. Start the calls
 * first (they run at once), then hand their futures here. Nothing is lost: every outcome is kept.
 */
public final class ParallelCalls {

    private ParallelCalls() {}

    /**
     * All results in order; if any call failed, fails with the first failure in order, but only
     * after every call has ended, so none is left running.
     */
    public static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> calls) {
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> calls.stream().map(CompletableFuture::join).toList());
    }

    /** Every call's outcome, success or failure, by key, when all have ended; never fails. */
    public static <K, T> CompletableFuture<Map<K, Outcome<T>>> settle(Map<K, CompletableFuture<T>> calls) {
        return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> {
                    Map<K, Outcome<T>> outcomes = new LinkedHashMap<>();
                    calls.forEach((key, call) -> outcomes.put(key, Outcome.of(call)));
                    return outcomes;
                });
    }

    /**
     * The outcome of one call: a value or a failure.
     *
     * @param value the result, or null when the call failed
     * @param failure the failure (unwrapped), or null when the call succeeded
     */
    public record Outcome<T>(T value, Throwable failure) {

        /** Whether the call succeeded. */
        public boolean succeeded() {
            return failure == null;
        }

        static <T> Outcome<T> of(CompletableFuture<T> call) {
            try {
                return new Outcome<>(call.join(), null);
            } catch (CompletionException e) {
                return new Outcome<>(null, e.getCause() == null ? e : e.getCause());
            }
        }
    }
}
