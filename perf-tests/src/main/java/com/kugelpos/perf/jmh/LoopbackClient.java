package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;

/** The clients {@link LoopbackBenchmark} compares over the network. */
public enum LoopbackClient {

    /**
     * client-core as deployed: policies and metrics on, request lines off. Its keep-alive cap is
     * raised to 64, the most calls in flight, so that every client keeps all its connections.
     */
    CLIENT_CORE("client-core") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            RequestLogSink.configure(false);
            HttpClientSettings settings = HttpClientSettings.builder()
                    .pool(p -> p.maxKeepAlive(Math.max(64, inFlight))).build();
            return new ClientCoreCaller(base, settings, true);
        }
    },
    /** The raw JDK client as most code uses it: {@code sendAsync}, default executor. */
    JDK("raw JDK sendAsync") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            return JdkCaller.overNetwork(base);
        }
    },
    /** The raw JDK client in its best configuration: blocking {@code send} on a pool of threads. */
    JDK_BLOCKING("raw JDK send on threads") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            return new JdkBlockingCaller(base);
        }
    },
    /** OkHttp. */
    OKHTTP("OkHttp") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            return new OkHttpCaller(base, inFlight);
        }
    },
    /** Apache HttpClient 5, its asynchronous client. */
    APACHE("Apache HttpClient 5") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            return new ApacheCaller(base, inFlight);
        }
    },
    /** The Jetty 12 client. */
    JETTY("Jetty client") {
        @Override
        HttpCaller open(URI base, int inFlight) {
            return new JettyCaller(base, inFlight);
        }
    };

    private final String label;

    LoopbackClient(String label) {
        this.label = label;
    }

    /** How the results table names this client. */
    public String label() {
        return label;
    }

    /** A caller of {@code base} able to keep {@code inFlight} calls going. */
    abstract HttpCaller open(URI base, int inFlight);
}
