package com.kugelpos.harness.compose;

import java.util.regex.Pattern;

/** Tells whether a container image reference is pinned: a digest, or a tag that is not {@code latest}. */
final class ImageReference {

    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    private ImageReference() {}

    /** True for {@code name@sha256:...} and {@code name:tag} with a tag other than {@code latest}. */
    static boolean isPinned(String reference) {
        if (DIGEST.matcher(reference).matches()) {
            return true;
        }
        String lastSegment = reference.substring(reference.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String tag = lastSegment.substring(colon + 1);
        return !tag.isBlank() && !tag.startsWith("latest") && !tag.contains("$");
    }
}
