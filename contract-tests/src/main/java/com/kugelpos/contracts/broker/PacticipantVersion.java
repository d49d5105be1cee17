package com.kugelpos.contracts.broker;

import java.util.Objects;

/**
 * The version and branch a pacticipant is published or recorded with.
 *
 * @param pacticipant the consumer or provider name, e.g. {@code cart}
 * @param version its version (a commit or release number of that service)
 * @param branch its branch
 */
public record PacticipantVersion(String pacticipant, String version, String branch) {

    /** Rejects blank parts. */
    public PacticipantVersion {
        Objects.requireNonNull(pacticipant, "pacticipant");
        if (version == null || version.isBlank() || branch == null || branch.isBlank()) {
            throw new IllegalArgumentException(pacticipant + " needs a version and a branch");
        }
    }
}
