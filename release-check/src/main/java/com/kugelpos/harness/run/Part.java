package com.kugelpos.harness.run;

import com.kugelpos.harness.report.LinkSpec;
import java.util.List;

/**
 * One part of the release check: a Maven module run as its own Maven process.
 *
 * @param name       the option that selects it, without {@code --}, e.g. {@code chaos}
 * @param module     the Maven module
 * @param mavenArgs  the Maven goals and options after {@code -pl MODULE}
 * @param title      what it checks
 * @param urlPattern the Maven option pointing a service at a URL ({@code %s} service, {@code %s}
 *                   URL), or empty when the part cannot run against services given by URL
 * @param links      the reports it promises; a required one it does not produce fails it
 */
public record Part(String name, String module, List<String> mavenArgs, String title, String urlPattern,
                   List<LinkSpec> links) {

    /** Copies the lists. */
    public Part {
        mavenArgs = List.copyOf(mavenArgs);
        links = List.copyOf(links);
    }

    /** Whether {@code --provider-url} can point this part at running services. */
    public boolean takesUrls() {
        return !urlPattern.isEmpty();
    }

    /** The Maven option that points {@code service} at {@code url}. */
    public String urlOption(String service, String url) {
        return String.format(urlPattern, service, url);
    }
}
