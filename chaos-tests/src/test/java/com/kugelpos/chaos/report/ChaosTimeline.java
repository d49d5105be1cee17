package com.kugelpos.chaos.report;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that gives each test of a chaos suite a {@link ScenarioTimeline} (as a parameter
 * of the test or of its {@code @BeforeEach} method) and, once every test of the run has ended, writes
 * all timelines to the chaos report ({@link ChaosReport}). Use it with
 * {@code @ExtendWith(ChaosTimeline.class)}. Thread-safe.
 */
public final class ChaosTimeline implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChaosTimeline.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        timeline(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ScenarioTimeline timeline = timeline(context);
        timeline.end(context.getExecutionException().map(ChaosTimeline::describe).orElse(null));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ScenarioTimeline.class && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return timeline(context);
    }

    private static ScenarioTimeline timeline(ExtensionContext context) {
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
