package com.kugelpos.perf.gatling.environment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an overload run measures beside Gatling's own report: per request name the answers by
 * status and the response times of the admitted calls (status 200), and per second of the run the
 * admitted calls (the goodput) and the shed ones (status 503). Thread-safe.
 */
public final class OverloadFigures {

    private static final int MAX_SECONDS = 3_600;

    private volatile long startNanos = System.nanoTime();
    private final Map<String, Answers> byName = new ConcurrentHashMap<>();
    private final AtomicIntegerArray admittedPerSecond = new AtomicIntegerArray(MAX_SECONDS);
    private final AtomicIntegerArray shedPerSecond = new AtomicIntegerArray(MAX_SECONDS);

    /**
     * Records one answered call.
     *
     * @param name the request's name
     * @param status the gateway's status
     * @param millis its response time
     */
    public void record(String name, int status, long millis) {
        Answers answers = byName.computeIfAbsent(name, key -> new Answers());
        answers.byStatus.computeIfAbsent(status, key -> new LongAdder()).increment();
        int second = Math.min((int) ((System.nanoTime() - startNanos) / 1_000_000_000L), MAX_SECONDS - 1);
        if (status == 200) {
            answers.admittedMillis.add(millis);
            admittedPerSecond.incrementAndGet(second);
        } else if (status == 503) {
            shedPerSecond.incrementAndGet(second);
        }
    }

    /** The percentile {@code p} (0-100) of the admitted response times of the named requests, in ms; NaN if none. */
    public double admittedPercentile(double p, String... names) {
        List<Long> all = new ArrayList<>();
        for (String name : names) {
            Answers answers = byName.get(name);
            if (answers != null) {
                synchronized (answers.admittedMillis) {
                    all.addAll(answers.admittedMillis);
                }
            }
        }
        if (all.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(all);
        int index = (int) Math.ceil(p / 100 * all.size()) - 1;
        return Math.max(1, all.get(Math.max(0, Math.min(all.size() - 1, index))));
    }

    /** The share (0-1) of the named requests' answers that had {@code status}; 0 if none answered. */
    public double shareOf(int status, String... names) {
        long matching = 0;
        long all = 0;
        for (String name : names) {
            Answers answers = byName.get(name);
            if (answers != null) {
                for (Map.Entry<Integer, LongAdder> entry : answers.byStatus.entrySet()) {
                    long count = entry.getValue().sum();
                    all += count;
                    matching += entry.getKey() == status ? count : 0;
                }
            }
        }
        return all == 0 ? 0 : (double) matching / all;
    }

    /** The goodput of every whole second from {@code fromSecond} (since {@link #markStart()}) to before {@code toSecond}. */
    public List<Integer> goodput(int fromSecond, int toSecond) {
        List<Integer> perSecond = new ArrayList<>();
        for (int second = fromSecond; second < Math.min(toSecond, MAX_SECONDS); second++) {
            perSecond.add(admittedPerSecond.get(second));
        }
        return perSecond;
    }

    /** Makes now the start that seconds are counted from (when the load starts). */
    public void markStart() {
        startNanos = System.nanoTime();
    }

    /**
     * One line per request name (answers by status, the admitted median and p95), then the timeline:
     * per second up to {@code seconds}, the calls admitted and shed.
     */
    public String describe(int seconds) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byName).forEach((name, answers) -> {
            Map<Integer, Long> statuses = new TreeMap<>();
            answers.byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
            text.append(String.format(Locale.ROOT, "%s: answers by status %s; admitted median %.0f ms, p95 %.0f ms%n",
                    name, statuses, admittedPercentile(50, name), admittedPercentile(95, name)));
        });
        text.append("per second (admitted/shed):");
        for (int second = 0; second < Math.min(seconds, MAX_SECONDS); second++) {
            text.append(' ').append(admittedPerSecond.get(second)).append('/').append(shedPerSecond.get(second));
        }
        return text.append(System.lineSeparator()).toString();
    }

    private static final class Answers {
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final List<Long> admittedMillis = Collections.synchronizedList(new ArrayList<>());
    }
}
