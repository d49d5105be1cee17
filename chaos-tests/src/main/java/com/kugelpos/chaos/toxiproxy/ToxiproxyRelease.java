package com.kugelpos.chaos.toxiproxy;

/** The pinned Toxiproxy release, and how a developer gets it when the launcher cannot. */
final class ToxiproxyRelease {

    /** The server version every source must provide. */
    static final String VERSION = "v2.12.0";

    /** The Go package whose {@code go install} builds the server (the binary is named {@code server}). */
    static final String GO_PACKAGE = "github.com/Shopify/toxiproxy/v2/cmd/server";

    /** The container image Testcontainers runs when a Docker engine is available. */
    static final String IMAGE = "ghcr.io/shopify/toxiproxy:2.12.0";

    /** The name the binary is looked up under, on {@code PATH} and in the cache folder. */
    static final String BINARY_NAME = "toxiproxy-server";

    /** Every way to get a server, for error messages. */
    static final String HOW_TO_GET_ONE =
            "Any one of these gives the chaos suites a Toxiproxy server:"
                    + " install Go 1.23 or newer (https://go.dev/dl/) so the build runs `go install "
                    + goInstallTarget()
                    + "` by itself;"
                    + " or put "
                    + BINARY_NAME
                    + " "
                    + VERSION
                    + " on PATH;"
                    + " or start a Docker engine (Testcontainers then runs "
                    + IMAGE
                    + ");"
                    + " or set TOXIPROXY_URL=http://127.0.0.1:8474 to a running "
                    + BINARY_NAME
                    + ".";

    private ToxiproxyRelease() {}

    /** The argument of {@code go install}: package at pinned version. */
    static String goInstallTarget() {
        return GO_PACKAGE + "@" + VERSION;
    }
}
