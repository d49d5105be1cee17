package com.kugelpos.chaos.support;

import com.kugelpos.http.event.AttemptEvent;
import com.kugelpos.http.event.ClientEventListener;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs one-shot actions when an attempt of a service fails, on the client's thread and before the
 * client decides about a retry: a test heals a transient fault this way exactly between the first
 * attempt and its retry, without racing the backoff. Thread-safe.
 */
final class FailureHooks implements ClientEventListener {

    private final Map<String, Queue<Runnable>> actions = new ConcurrentHashMap<>();

    /** Runs {@code action} once, when the next attempt of {@code service} fails. */
    void onNextFailedAttempt(String service, Runnable action) {
        actions.computeIfAbsent(service, s -> new ConcurrentLinkedQueue<>()).add(action);
    }

    @Override
    public void onAttempt(AttemptEvent event) {
        if (event.status() != 0 && event.status() < 500) {
            return;
        }
        Queue<Runnable> pending = actions.get(event.call().service());
        Runnable action = pending == null ? null : pending.poll();
        if (action != null) {
            action.run();
        }
    }
}
