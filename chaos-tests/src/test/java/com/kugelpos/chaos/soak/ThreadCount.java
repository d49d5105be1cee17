package com.kugelpos.chaos.soak;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Counts the live threads of this JVM whose names match a pattern. */
final class ThreadCount {

    private ThreadCount() {}

    static int named(Pattern name) {
        return live(name).size();
    }

    /** The live threads whose names match, with the top of their stacks, for a failure message. */
    static String describe(Pattern name) {
        return live(name).entrySet().stream()
                .map(e -> e.getKey().getName() + " (" + e.getKey().getState() + ") at "
                        + Arrays.stream(e.getValue()).limit(6).map(String::valueOf).collect(Collectors.joining(" < ")))
                .collect(Collectors.joining("\n"));
    }

    private static Map<Thread, StackTraceElement[]> live(Pattern name) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && name.matcher(e.getKey().getName()).matches())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
