package com.kugelpos.harness.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The sample JUnit XML reports under {@code src/test/resources/sample-reports}. */
final class SampleReports {

    private SampleReports() {}

    /** The folder {@code sample-reports/name} on the test class path. */
    static Path folder(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SampleReports.class.getResource("/sample-reports/" + name),
                "sample-reports/" + name + " is missing from the test resources").toURI());
    }
}
