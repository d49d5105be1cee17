package com.kugelpos.http.internal.transport;

import org.slf4j.Logger;

/**
 * One {@code jdk.httpclient.*} system property that the JDK reads once per JVM (when its HTTP
 * client classes are first used), so the client sets it before its first channel opens, unless the
 * operator set it already. Setting it is a process-wide side effect, so it is logged: INFO when the
 * property is set, WARN when it already holds another value. Thread-safe.
 *
 * @param name the property
 * @param setting the client setting it carries, as the log names it
 */
record JvmNetProperty(String name, String setting) {

    /** Sets the property to {@code value} unless it has a value; logs what it did to {@code log}. */
    void apply(String value, Logger log) {
        synchronized (JvmNetProperty.class) {
            String current = System.getProperty(name);
            if (current == null) {
                System.setProperty(name, value);
                log.info("Set the system property {}={} (the {}): it applies to every JDK HTTP client"
                        + " in this JVM, process-wide", name, value, setting);
            } else if (!current.equals(value)) {
                log.warn("{} is already {} in this JVM; the {} {} does not apply (the JDK reads it once)",
                        name, current, setting, value);
            }
        }
    }
}
