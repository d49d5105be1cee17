package com.kugelpos.chaos.report;

import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link ScenarioTimeline} of each test of a chaos suite, kept in the test's JUnit store: made
 * and added to the run's chaos report ({@link ChaosReport}) on first use, ended with the test's
 * failure, if any; once every test of the run has ended, the report is written. The suites' JUnit
 * extension ({@code ChaosRig}) calls it before and after each test. Thread-safe.
 */
public final class ChaosTimeline {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChaosTimeline.class);

    private ChaosTimeline() {}

    /** The timeline of the test that {@code context} belongs to, made and added to the report on first use. */
    public static ScenarioTimeline of(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(ScenarioTimeline.class, type -> {
            ScenarioTimeline created = new ScenarioTimeline(
                    context.getRequiredTestClass().getSimpleName() + " · " + sentence(context.getRequiredTestMethod().getName()));
            report(context).add(created);
            return created;
        }, ScenarioTimeline.class);
    }

    private static ChaosReport report(ExtensionContext context) {
        // the root store is closed when the whole run ends, and closing the report writes it
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ChaosReport.class, type -> ChaosReport.inDefaultFolder(), ChaosReport.class);
    }

    /** Ends the test's timeline, with the test's failure if it failed. */
    public static void end(ExtensionContext context) {
        of(context).end(context.getExecutionException().map(ChaosTimeline::describe).orElse(null));
    }

    /** {@code shouldRetryGetWhenX} as {@code should retry get when x}. */
    static String sentence(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
