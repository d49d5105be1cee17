package com.kugelpos.chaos.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryLocatorTest {

    @TempDir
    Path root;

    private Path emptyFolder;
    private Path pathFolder;
    private Path cacheDir;
    private final List<Path> installs = new ArrayList<>();

    @BeforeEach
    void createFolders() throws IOException {
        emptyFolder = Files.createDirectory(root.resolve("empty"));
        pathFolder = Files.createDirectory(root.resolve("bin"));
        cacheDir = root.resolve("cache");
    }

    @Test
    void shouldUseBinaryOnPathBeforeCachedOneWhenBothExist() throws IOException {
        Path onPath = executable(pathFolder);
        executable(Files.createDirectories(cacheDir));

        Path found = locator(emptyFolder + File.pathSeparator + pathFolder).locate();

        assertThat(found).isEqualTo(onPath);
        assertThat(installs).isEmpty();
    }

    @Test
    void shouldUseCachedBinaryWithoutInstallingWhenNoneIsOnPath() throws IOException {
        Path cached = executable(Files.createDirectories(cacheDir));

        Path found = locator(emptyFolder.toString()).locate();

        assertThat(found).isEqualTo(cached);
        assertThat(installs).isEmpty();
    }

    @Test
    void shouldIgnoreNonExecutableFileWhenSearchingPath() throws IOException {
        Files.createFile(pathFolder.resolve(ToxiproxyRelease.BINARY_NAME));

        locator(pathFolder.toString()).locate();

        assertThat(installs).containsExactly(cacheDir);
    }

    @Test
    void shouldInstallIntoCacheWhenNeitherPathNorCacheHasBinary() {
        Path found = locator(null).locate();

        assertThat(installs).containsExactly(cacheDir);
        assertThat(found).isEqualTo(cacheDir.resolve(ToxiproxyRelease.BINARY_NAME));
    }

    private BinaryLocator locator(String pathVariable) {
        return new BinaryLocator(
                pathVariable,
                cacheDir,
                folder -> {
                    installs.add(folder);
                    return folder.resolve(ToxiproxyRelease.BINARY_NAME);
                });
    }

    private static Path executable(Path folder) throws IOException {
        Path file = folder.resolve(ToxiproxyRelease.BINARY_NAME);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return file.toAbsolutePath();
    }
}
