/**
 * The resilient inter-service HTTP client of the Kugelpos services. Exported: the client API
 * ({@code com.kugelpos.http}), credentials, configuration, discovery, errors, events, metric names,
 * tracing, and the SPI ({@code Transport}, {@code TimeSource}). Everything under {@code
 * com.kugelpos.http.internal} is the implementation and may change in any release.
 */
module com.kugelpos.http {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive micrometer.core;
    requires org.slf4j;
    requires com.aayushatharva.brotli4j;

    exports com.kugelpos.http;
    exports com.kugelpos.http.auth;
    exports com.kugelpos.http.config;
    exports com.kugelpos.http.discovery;
    exports com.kugelpos.http.error;
    exports com.kugelpos.http.event;
    exports com.kugelpos.http.metrics;
    exports com.kugelpos.http.spi;
    exports com.kugelpos.http.tracing;
}
