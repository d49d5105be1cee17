package com.kugelpos.harness.report;


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
}
