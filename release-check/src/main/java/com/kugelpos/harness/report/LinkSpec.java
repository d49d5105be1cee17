package com.kugelpos.harness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report link a part promises: a label and a path relative to the repository root, whose
 * segments may hold {@code *} and {@code ?} wildcards (e.g. {@code perf-tests/target/gatling/*}{@code /index.html}).
 * A required link that matches nothing after the part ran fails the part.
 *
 * @param label    what the link shows, e.g. "Gatling report"
 * @param pattern  the path pattern, '/'-separated
 * @param required whether the part must produce it
 */
public record LinkSpec(String label, String pattern, boolean required) {

    /** Rejects blank labels and patterns. */
    public LinkSpec {
        if (label == null || label.isBlank() || pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a report link needs a label and a path, got '" + label + "=" + pattern + "'");
        }
        label = label.strip();
        pattern = pattern.strip();
    }

    /** An optional link. */
    public LinkSpec(String label, String pattern) {
        this(label, pattern, false);
    }

    /**
     * Parses {@code label=pattern;!label=pattern}, a leading {@code !} marking a required link; an
     * empty text gives no links.
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
            String label = entry.substring(0, equals).strip();
            boolean required = label.startsWith("!");
            links.add(new LinkSpec(required ? label.substring(1) : label, entry.substring(equals + 1), required));
        }
        return links;
    }
}
