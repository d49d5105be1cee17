package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoCacheFoldersTest {

    private static final Path CACHE = Path.of("/cache/toxiproxy");
    private static final Map<String, String> GO_ENV = Map.of(
            "GOPATH", "/home/dev/go",
            "GOMODCACHE", "/home/dev/go/pkg/mod",
            "GOCACHE", "/home/dev/.cache/go-build",
            "GOFLAGS", "-buildvcs=false");

    @Test
    void shouldKeepGoDefaultsWhenTheyAreWritable() {
        Map<String, String> overrides = GoCacheFolders.overrides(GO_ENV, CACHE, folder -> true);

        assertThat(overrides).isEmpty();
    }

    @Test
    void shouldMoveUnwritableFoldersUnderCacheAndKeepModuleCacheDeletableWhenHomeIsReadOnly() {
        Map<String, String> overrides =
                GoCacheFolders.overrides(GO_ENV, CACHE, folder -> !folder.startsWith("/home/dev/go"));

        assertThat(overrides).containsOnly(
                Map.entry("GOPATH", "/cache/toxiproxy/gopath"),
                Map.entry("GOMODCACHE", "/cache/toxiproxy/gomodcache"),
                Map.entry("GOFLAGS", "-buildvcs=false -modcacherw"));
    }

    @Test
    void shouldMoveEveryFolderUnderCacheWhenGoReportsNone() {
        Map<String, String> overrides = GoCacheFolders.overrides(Map.of(), CACHE, folder -> true);

        assertThat(overrides).containsOnlyKeys("GOPATH", "GOMODCACHE", "GOCACHE", "GOFLAGS");
        assertThat(overrides).containsEntry("GOCACHE", "/cache/toxiproxy/gocache");
        assertThat(overrides).containsEntry("GOFLAGS", "-modcacherw");
    }

    @Test
    void shouldTreatFolderAsWritableWhenItsNearestExistingParentIs() {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "kugelpos-missing", "deeper");

        assertThat(GoCacheFolders.writable(missing)).isTrue();
    }
}
