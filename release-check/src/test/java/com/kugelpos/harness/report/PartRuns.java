package com.kugelpos.harness.report;

import java.util.List;

/** Part runs for tests. */
final class PartRuns {

    private PartRuns() {}

    /** A part of module {@code name}-tests that ran with the given exit code, linking its failsafe reports. */
    static PartRun ran(String name, int exitCode) {
        return new PartRun(name, "Suite " + name, name + "-tests", RunState.RAN,
                "mvn -B -ntp -pl " + name + "-tests clean verify", exitCode, 75, "logs/" + name + ".log",
                List.of(name + "-tests/target/failsafe-reports"), true, "embedded reference services", "",
                List.of(new LinkSpec("Test reports", name + "-tests/target/failsafe-reports")));
    }

    /** The build step. */
    static PartRun build(int exitCode) {
        return new PartRun("build", "Build", "", RunState.RAN, "mvn -B -ntp install -DskipTests", exitCode, 61,
                "logs/build.log", List.of(), false, "", "", List.of());
    }

    /** A part in the given state that did not run. */
    static PartRun notRan(String name, RunState state, String note) {
        return new PartRun(name, "Suite " + name, name + "-tests", state, "", 0, 0, "", List.of(), true, "", note,
                List.of());
    }
}
