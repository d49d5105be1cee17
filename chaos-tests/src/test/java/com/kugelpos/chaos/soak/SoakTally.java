package com.kugelpos.chaos.soak;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * What the soak's callers saw: calls by kind, successes, failures by exception type, hung calls, the
 * longest call, and the journals each POST asked for (those that succeeded and all attempted).
 * Thread-safe.
 */
final class SoakTally {

    private final Map<String, AtomicLong> callsByKind = new ConcurrentSkipListMap<>();
    private final AtomicLong successes = new AtomicLong();
    private final Map<String, AtomicLong> failuresByType = new ConcurrentSkipListMap<>();
    private final AtomicLong hung = new AtomicLong();
    private final LongAccumulator longestMillis = new LongAccumulator(Math::max, 0);
    private final Set<Integer> journalsAttempted = ConcurrentHashMap.newKeySet();
    private final Set<Integer> journalsConfirmed = ConcurrentHashMap.newKeySet();

    /** Records one call of {@code kind} that ended with {@code failure} (null for success) after {@code millis}. */
    void record(String kind, Throwable failure, long millis) {
        callsByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        longestMillis.accumulate(millis);
        if (failure == null) {
            successes.incrementAndGet();
        } else {
            failuresByType.computeIfAbsent(failure.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Records a call that did not end within its deadline and margin. */
    void recordHung(String kind) {
        callsByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        hung.incrementAndGet();
    }

    /** Records that a POST of journal {@code receiptNo} was made. */
    void journalAttempted(int receiptNo) {
        journalsAttempted.add(receiptNo);
    }

    /** Records that the POST of journal {@code receiptNo} succeeded. */
    void journalConfirmed(int receiptNo) {
        journalsConfirmed.add(receiptNo);
    }

    long calls() {
        return callsByKind.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long successes() {
        return successes.get();
    }

    long hung() {
        return hung.get();
    }

    long longestMillis() {
        return longestMillis.get();
    }

    Map<String, Long> callsByKind() {
        return copy(callsByKind);
    }

    Map<String, Long> failuresByType() {
        return copy(failuresByType);
    }

    long failures() {
        return failuresByType.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Set<Integer> journalsAttempted() {
        return Set.copyOf(journalsAttempted);
    }

    Set<Integer> journalsConfirmed() {
        return Set.copyOf(journalsConfirmed);
    }

    private static Map<String, Long> copy(Map<String, AtomicLong> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, value) -> copy.put(key, value.get()));
        return copy;
    }
}
