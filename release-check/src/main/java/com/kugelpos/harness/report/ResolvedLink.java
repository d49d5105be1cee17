package com.kugelpos.harness.report;

import java.util.List;

/**
 * A promised report link with the files that exist for it.
 *
 * @param spec  the promise
 * @param found the matching files or folders, relative to the repository root, sorted; empty when
 *              the part did not produce them
 */
public record ResolvedLink(LinkSpec spec, List<String> found) {

    /** Copies the list. */
    public ResolvedLink {
        found = List.copyOf(found);
    }
}
