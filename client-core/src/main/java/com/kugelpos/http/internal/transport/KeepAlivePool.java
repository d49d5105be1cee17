package com.kugelpos.http.internal.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the idle keep-alive connections that each JDK HTTP client keeps. The JDK reads the cap once
 * per JVM from the system property {@code jdk.httpclient.connectionPoolSize}, when its first client
 * is made, so it is set here before the first channel opens, unless the operator set it already.
 * This is the client's only process-wide side effect, so it is logged: INFO when the property is
 * set, WARN when it already holds another value.
 */
public final class KeepAlivePool {

    static final String PROPERTY = "jdk.httpclient.connectionPoolSize";

    private static final Logger LOG = LoggerFactory.getLogger(KeepAlivePool.class);

    private KeepAlivePool() {}

    /** Sets the JVM-wide idle-connection cap per client to {@code maxKeepAlive} if nobody has. */
    public static synchronized void configure(int maxKeepAlive) {
        String current = System.getProperty(PROPERTY);
        if (current == null) {
            System.setProperty(PROPERTY, Integer.toString(maxKeepAlive));
            LOG.info("Set the system property {}={} (the keep-alive setting): it applies to every JDK HTTP client"
                    + " in this JVM, process-wide", PROPERTY, maxKeepAlive);
        } else if (!current.equals(Integer.toString(maxKeepAlive))) {
            LOG.warn("{} is already {} in this JVM; the keep-alive setting {} does not apply (the JDK reads it once)",
                    PROPERTY, current, maxKeepAlive);
        }
    }
}
