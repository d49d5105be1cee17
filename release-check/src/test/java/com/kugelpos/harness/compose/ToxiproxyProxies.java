package com.kugelpos.harness.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The proxies of a Toxiproxy {@code -config} file: a JSON list of {@code {name, listen, upstream, enabled}}. */
final class ToxiproxyProxies {

    /**
     * One proxy.
     *
     * @param name         its name
     * @param listenPort   the port it listens on inside the Toxiproxy container
     * @param upstreamHost the host it forwards to
     * @param upstreamPort the port it forwards to
     * @param enabled      whether it starts enabled
     */
    record Proxy(String name, int listenPort, String upstreamHost, int upstreamPort, boolean enabled) {
    }

    private final List<Proxy> proxies;

    private ToxiproxyProxies(List<Proxy> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    /** Reads and parses {@code file}. */
    static ToxiproxyProxies read(Path file) throws IOException {
        List<Proxy> proxies = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(file.toFile())) {
            String[] listen = node.path("listen").asText().split(":");
            String[] upstream = node.path("upstream").asText().split(":");
            proxies.add(new Proxy(node.path("name").asText(), Integer.parseInt(listen[listen.length - 1]),
                    upstream[0], Integer.parseInt(upstream[1]), node.path("enabled").asBoolean(true)));
        }
        return new ToxiproxyProxies(proxies);
    }

    /** All proxies in file order. */
    List<Proxy> all() {
        return proxies;
    }

    /** The proxy listening on {@code port}, if any. */
    Optional<Proxy> listeningOn(int port) {
        return proxies.stream().filter(proxy -> proxy.listenPort() == port).findFirst();
    }
}
