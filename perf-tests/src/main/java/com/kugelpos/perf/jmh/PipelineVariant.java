package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.HttpClientSettings;
import com.kugelpos.http.spi.Transport;
import java.net.URI;

/**
 * What {@link PipelineBenchmark} measures: the raw JDK request or client-core, every variant over
 * the same {@link CannedHttpClient}.
 */
public enum PipelineVariant {

    /** The raw JDK request: building it and sending it, no policies, metrics or logging. */
    RAW_JDK("raw JDK request (no policies)") {
        @Override
        HttpCaller open() {
            return new JdkCaller(new CannedHttpClient(), BASE);
        }
    },
    /** client-core with its policies; metrics into an empty registry, request lines off. */
    CLIENT_CORE("client-core, metrics and logging off") {
        @Override
        HttpCaller open() {
            return clientCore(false, false);
        }
    },
    /** client-core recording into a Micrometer registry. */
    CLIENT_CORE_METRICS("client-core + metrics") {
        @Override
        HttpCaller open() {
            return clientCore(true, false);
        }
    },
    /** client-core writing one INFO request line per attempt. */
    CLIENT_CORE_LOGGING("client-core + logging") {
        @Override
        HttpCaller open() {
            return clientCore(false, true);
        }
    },
    /** client-core with metrics and request lines: the whole pipeline as deployed. */
    CLIENT_CORE_METRICS_LOGGING("client-core + metrics + logging") {
        @Override
        HttpCaller open() {
            return clientCore(true, true);
        }
    },
    /** Resilience4j retry, breaker and bulkhead around the raw JDK request. */
    RESILIENCE4J("Resilience4j retry+breaker+bulkhead") {
        @Override
        HttpCaller open() {
            return new Resilience4jCaller(new JdkCaller(new CannedHttpClient(), BASE));
        }
    };

    /** Never contacted: the canned client answers every request. */
    private static final URI BASE = URI.create("http://master-data.invalid:8002");

    private final String label;

    PipelineVariant(String label) {
        this.label = label;
    }

    /** How the results table names this variant. */
    public String label() {
        return label;
    }

    /** A caller of this variant, over a canned JDK client. */
    abstract HttpCaller open();

    /**
     * client-core over its default transport, which here sends through a {@link CannedHttpClient} on
     * the calling thread: its whole pipeline and the JDK request it builds, as the raw JDK row does,
     * without the network and the hop to an I/O thread.
     */
    private static HttpCaller clientCore(boolean metrics, boolean logging) {
        RequestLogSink.configure(logging);
        Transport canned = Transport.jdk(new CannedHttpClient(), Runnable::run);
        return new ClientCoreCaller(BASE, HttpClientSettings.defaults(), metrics,
                (service, settings, executor) -> canned);
    }
}
