package com.kugelpos.http.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The trust store that server certificates are verified with, or none for the JDK's default;
 * certificate and host-name verification are always on. Immutable; validated when made. {@link
 * #toString()} never prints the password.
 *
 * @param trustStore the trust store's file, or empty for the JDK's default trust
 * @param trustStorePassword the trust store's password, or empty
 * @param trustStoreType the trust store's type, e.g. {@code PKCS12} or {@code JKS}
 */
public record TlsSettings(Optional<Path> trustStore, Optional<String> trustStorePassword, String trustStoreType) {

    /** The JDK's default trust; a trust store set later is read as {@code PKCS12}. */
    public static final TlsSettings DEFAULTS = new TlsSettings(Optional.empty(), Optional.empty(), "PKCS12");

    /**
     * Validates the values.
     *
     * @throws InvalidSettingException when a trust store is named without a type
     */
    public TlsSettings {
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        if (trustStore.isPresent() && (trustStoreType == null || trustStoreType.isBlank())) {
            throw new InvalidSettingException("trustStoreType must be set with trustStore, e.g. PKCS12 or JKS");
        }
    }

    /** A builder preset with these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "TlsSettings[trustStore=" + trustStore.map(Path::toString).orElse("the JDK's")
                + ", trustStorePassword=" + trustStorePassword.map(secret -> "****").orElse("none")
                + ", trustStoreType=" + trustStoreType + ']';
    }

    /** Builds {@link TlsSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private Path trustStore;
        private String trustStorePassword;
        private String trustStoreType;

        private Builder(TlsSettings from) {
            trustStore = from.trustStore.orElse(null);
            trustStorePassword = from.trustStorePassword.orElse(null);
            trustStoreType = from.trustStoreType;
        }

        /** Verifies server certificates against this trust store instead of the JDK's. */
        public Builder trustStore(Path value) {
            trustStore = value;
            return this;
        }

        /** @see TlsSettings#trustStorePassword() ({@code null} for none) */
        public Builder trustStorePassword(String value) {
            trustStorePassword = value;
            return this;
        }

        /** @see TlsSettings#trustStoreType() */
        public Builder trustStoreType(String value) {
            trustStoreType = value;
            return this;
        }

        /**
         * Validates the values and builds the settings.
         *
         * @throws InvalidSettingException when a trust store is named without a type
         */
        public TlsSettings build() {
            return new TlsSettings(Optional.ofNullable(trustStore), Optional.ofNullable(trustStorePassword),
                    trustStoreType);
        }
    }
}
