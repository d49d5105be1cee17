package com.kugelpos.harness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report link a part promises: a label and a path relative to the repository root, whose
 * segments may hold {@code *} and {@code ?} wildcards (e.g. {@code perf-tests/target/gatling/*}{@code /index.html}).
 *
 * @param label   what the link shows, e.g. "Gatling report"
 * @param pattern the path pattern, '/'-separated
 */
public record LinkSpec(String label, String pattern) {

    /** Rejects blank labels and patterns. */
    public LinkSpec {
        if (label == null || label.isBlank() || pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a report link needs a label and a path, got '" + label + "=" + pattern + "'");
        }
        label = label.strip();
        pattern = pattern.strip();
    }

    /**
     * Parses {@code label=pattern;label=pattern}; an empty text gives no links.
     *
     * @throws IllegalArgumentException if an entry has no {@code =}
     */
    public static List<LinkSpec> parseList(String text) {
        List<LinkSpec> links = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return links;
        }
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("a report link has the form label=path, got '" + entry + "'");
            }
            links.add(new LinkSpec(entry.substring(0, equals), entry.substring(equals + 1)));
        }
        return links;
    }
}
