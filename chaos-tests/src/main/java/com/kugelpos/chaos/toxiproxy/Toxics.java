package com.kugelpos.chaos.toxiproxy;

import static eu.rekawek.toxiproxy.model.ToxicDirection.DOWNSTREAM;
import static eu.rekawek.toxiproxy.model.ToxicDirection.UPSTREAM;

import eu.rekawek.toxiproxy.model.Toxic;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import eu.rekawek.toxiproxy.model.ToxicList;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * The faults of one proxy, each named by what the client experiences. Each helper adds one Toxiproxy
 * toxic, named {@code <toxic>-<stream>}, on the stream its Javadoc gives: {@code DOWNSTREAM} is
 * service to client (responses), {@code UPSTREAM} is client to service (requests). A toxic stays until
 * it is {@linkplain Toxic#remove() removed} or {@link ChaosProxy#removeAllToxics()}; adding the same
 * helper twice fails because the name is taken. For other streams or partial toxicity use {@link #raw()}.
 *
 * <p>Each method throws {@link java.io.UncheckedIOException} naming the proxy when Toxiproxy refuses.
 */
public final class Toxics {

    private final String proxyName;
    private final ToxicList toxics;

    Toxics(String proxyName, ToxicList toxics) {
        this.proxyName = proxyName;
        this.toxics = toxics;
    }

    /** A slow service: every response is held back by {@code latency} (toxic {@code latency}, DOWNSTREAM). */
    public Toxic latency(Duration latency) {
        return add("latency", DOWNSTREAM, (name, stream) -> toxics.latency(name, stream, latency.toMillis()));
    }

    /**
     * A crashing peer: the connection is reset (TCP RST) as soon as the client sends a request, so the
     * client sees "connection reset" (toxic {@code reset_peer} with timeout 0, UPSTREAM).
     */
    public Toxic resetPeer() {
        return add("reset_peer", UPSTREAM, (name, stream) -> toxics.resetPeer(name, stream, 0));
    }

    /**
     * A peer crashing after the work is done: the request reaches the service, which processes it,
     * and the connection is reset (TCP RST) as the first bytes of the response arrive, so the client
     * gets no response to a request that was processed (toxic {@code reset_peer} with timeout 0,
     * DOWNSTREAM).
     */
    public Toxic resetPeerMidResponse() {
        return add("reset_peer", DOWNSTREAM, (name, stream) -> toxics.resetPeer(name, stream, 0));
    }

    /**
     * A hung service: connections open, but no response byte ever arrives and the connection is never
     * closed, so only the client's own read timeout ends the call (toxic {@code timeout} with timeout 0,
     * DOWNSTREAM).
     */
    public Toxic timeout() {
        return add("timeout", DOWNSTREAM, (name, stream) -> toxics.timeout(name, stream, 0));
    }

    /** A congested link: responses arrive at no more than {@code kilobytesPerSecond} KB/s (toxic {@code bandwidth}, DOWNSTREAM). */
    public Toxic bandwidth(long kilobytesPerSecond) {
        return add("bandwidth", DOWNSTREAM, (name, stream) -> toxics.bandwidth(name, stream, kilobytesPerSecond));
    }

    /**
     * A fragmenting network: responses arrive in pieces of about {@code averageBytes} bytes, {@code
     * pause} apart (toxic {@code slicer}, DOWNSTREAM).
     */
    public Toxic slicer(long averageBytes, Duration pause) {
        long pauseMicros = pause.toNanos() / 1_000;
        return add("slicer", DOWNSTREAM, (name, stream) -> toxics.slicer(name, stream, averageBytes, pauseMicros));
    }

    /**
     * A truncated response: the connection is closed after {@code bytes} bytes of response (toxic
     * {@code limit_data}, DOWNSTREAM).
     */
    public Toxic limitData(long bytes) {
        return add("limit_data", DOWNSTREAM, (name, stream) -> toxics.limitData(name, stream, bytes));
    }

    /**
     * A lingering close: when the service closes a connection, the client sees the close {@code delay}
     * later (toxic {@code slow_close}, DOWNSTREAM).
     */
    public Toxic slowClose(Duration delay) {
        return add("slow_close", DOWNSTREAM, (name, stream) -> toxics.slowClose(name, stream, delay.toMillis()));
    }

    /**
     * Limits {@code toxic} (made by one of the methods above) to a share of the connections: each
     * connection gets it with probability {@code toxicity}, 0 to 1 (Toxiproxy's {@code toxicity}).
     * Until this returns the toxic applies to every connection, for the time of one call to the
     * Toxiproxy server.
     */
    public Toxic onShareOfConnections(Toxic toxic, float toxicity) {
        if (!(toxicity >= 0 && toxicity <= 1)) {
            throw new IllegalArgumentException("toxicity must be between 0 and 1, but was " + toxicity);
        }
        return ToxiproxyCall.get("set toxicity " + toxicity + " of toxic " + toxic.getName() + " on proxy '"
                + proxyName + "'", () -> {
                    toxic.setToxicity(toxicity);
                    return toxic;
                });
    }

    /** The Toxiproxy Java client's toxic list of this proxy, for toxics the helpers above do not cover. */
    public ToxicList raw() {
        return toxics;
    }

    private Toxic add(String type, ToxicDirection stream, ToxicFactory factory) {
        String name = type + "-" + stream.name().toLowerCase(Locale.ROOT);
        return ToxiproxyCall.get(
                "add toxic " + name + " to proxy '" + proxyName + "'", () -> factory.create(name, stream));
    }

    /** One call of the Toxiproxy Java client that creates a toxic. */
    @FunctionalInterface
    private interface ToxicFactory {
        Toxic create(String name, ToxicDirection stream) throws IOException;
    }
}
