package com.kugelpos.http.internal.masking;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An immutable set of secret names, matched ignoring case and the separators {@code '-'} and
 * {@code '_'}, so {@code apiKey}, {@code api_key}, {@code API-KEY} and {@code apikey} are one name.
 * Thread-safe.
 */
final class SecretNames {

    private final Set<String> normalized;

    private SecretNames(Set<String> normalized) {
        this.normalized = Set.copyOf(normalized);
    }

    /** The given names; a null or blank name is rejected because it would match nothing useful. */
    static SecretNames of(Collection<String> names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A secret name must not be null or blank");
            }
            set.add(normalize(name));
        }
        return new SecretNames(set);
    }

    /** The names of this set and of {@code other}. */
    SecretNames union(SecretNames other) {
        Set<String> set = new HashSet<>(normalized);
        set.addAll(other.normalized);
        return new SecretNames(set);
    }

    /** Whether {@code name} is one of the secret names; null is not. */
    boolean contains(String name) {
        return name != null && normalized.contains(normalize(name));
    }

    private static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_') {
                out.append(c);
            }
        }
        return out.toString().trim().toLowerCase(Locale.ROOT);
    }
}
