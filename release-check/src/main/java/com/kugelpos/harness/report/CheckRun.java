package com.kugelpos.harness.report;

/**
 * The release check run as a whole, as the script describes it.
 *
 * @param started when it started (ISO-8601 text, shown as is)
 * @param seconds how long the whole run took
 * @param command the command line, e.g. {@code ./harness --chaos}
 * @param commit  the Git commit checked, empty when unknown
 */
public record CheckRun(String started, long seconds, String command, String commit) {
}
