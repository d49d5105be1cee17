package com.kugelpos.chaos.toxiproxy;

import java.nio.file.Path;

/** Puts a {@code toxiproxy-server} binary into the cache folder when none is found. */
@FunctionalInterface
interface BinaryInstaller {

    /**
     * Installs the binary.
     *
     * @param cacheDir the folder that afterwards holds {@code toxiproxy-server}
     * @return the installed executable
     * @throws ToxiproxyUnavailableException when it cannot be installed
     */
    Path install(Path cacheDir);
}
