package com.kugelpos.chaos.toxiproxy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server someone else runs, named by {@code TOXIPROXY_URL}. Its proxies listen on {@code 127.0.0.1},
 * so it must run on this machine. Closing it leaves it running.
 */
final class ExternalServer implements ServerBackend {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalServer.class);

    private final ServerAddress address;

    private ExternalServer(URI controlUrl) {
        this.address = new ServerAddress(ServerSource.EXTERNAL_URL, controlUrl, new LoopbackRouting());
    }

    /**
     * Checks that {@code url} answers {@code GET /version}.
     *
     * @throws ToxiproxyUnavailableException when the URL is malformed or does not answer
     */
    static ExternalServer connect(String url, VersionProbe probe) {
        URI controlUrl = parse(url);
        try {
            String version = probe.version(controlUrl);
            LOG.info("Using the Toxiproxy server at {} ({}={}), version {}", controlUrl, Settings.URL, url, version);
            return new ExternalServer(controlUrl);
        } catch (IOException e) {
            throw new ToxiproxyUnavailableException(
                    Settings.URL + "=" + url + " does not answer GET /version (" + e + ")."
                            + " Start toxiproxy-server there, or unset " + Settings.URL
                            + " to let the build launch one.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToxiproxyUnavailableException("Interrupted while asking " + url + " for its version", e);
        }
    }

    /** The control URL as {@code http://host:port}; rejects anything else with the expected form. */
    static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
                throw new URISyntaxException(url, "not of the form http://host:port");
            }
            return new URI("http", null, uri.getHost(), uri.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new ToxiproxyUnavailableException(
                    Settings.URL + "=" + url + " is not a Toxiproxy control URL: " + e.getMessage()
                            + ". Use the form http://127.0.0.1:8474.",
                    e);
        }
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
