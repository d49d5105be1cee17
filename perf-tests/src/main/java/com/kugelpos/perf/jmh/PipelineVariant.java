package com.kugelpos.perf.jmh;

import com.kugelpos.http.config.HttpClientSettings;
import java.net.URI;

/** What {@link PipelineBenchmark} measures: a canned JDK client or client-core over a canned transport. */
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

    /** A caller of this variant, over its canned transport. */
    abstract HttpCaller open();

    /**
     * client-core over a {@link CannedTransport}: its whole pipeline, without the JDK client under it
     * (the raw JDK row measures building and sending the JDK request).
     */
    private static HttpCaller clientCore(boolean metrics, boolean logging) {
        RequestLogSink.configure(logging);
        return new ClientCoreCaller(BASE, HttpClientSettings.defaults(), metrics, new CannedTransport().factory());
    }
}
