package com.kugelpos.harness.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void shouldAcceptReferenceWhenItNamesTagOrDigest() {
        // Act & Assert
        assertThat(ImageReference.isPinned("postgres:16.4-alpine")).isTrue();
        assertThat(ImageReference.isPinned("ghcr.io/shopify/toxiproxy:2.12.0")).isTrue();
        assertThat(ImageReference.isPinned("localhost:5000/kugelpos/reference-services:1.0.0")).isTrue();
        assertThat(ImageReference.isPinned("postgres@sha256:" + "a".repeat(64))).isTrue();
    }

    @Test
    void shouldRejectReferenceWhenTagIsMissingLatestOrVariable() {
        // Act & Assert
        assertThat(ImageReference.isPinned("postgres")).isFalse();
        assertThat(ImageReference.isPinned("localhost:5000/postgres")).isFalse();
        assertThat(ImageReference.isPinned("postgres:latest")).isFalse();
        assertThat(ImageReference.isPinned("pactfoundation/pact-broker:latest-multi")).isFalse();
        assertThat(ImageReference.isPinned("postgres:${PG_TAG}")).isFalse();
        assertThat(ImageReference.isPinned("postgres:")).isFalse();
    }
}
