package com.kugelpos.http.config;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parsers of the environment variables' texts. Every failure is an {@link
 * InvalidSettingException} whose message names the variable, echoes the value and says what is
 * allowed; only {@link #SECRET} never fails and never echoes. Stateless.
 */
final class VariableParsers {

    /** The longest duration a variable may set: one day, far above any sensible timeout. */
    static final Duration MAX_DURATION = Duration.ofDays(1);

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal NANOS_PER_MILLI = BigDecimal.valueOf(1_000_000L);

    /** A positive number of seconds, decimals allowed ({@code "0.5"}), up to one day. */
    static final VariableParser<Duration> SECONDS = duration("seconds", NANOS_PER_SECOND);

    /** A positive number of milliseconds, decimals allowed, up to one day. */
    static final VariableParser<Duration> MILLIS = duration("milliseconds", NANOS_PER_MILLI);

    /** {@code 0} (off) or a positive number of seconds as {@link #SECONDS} takes. */
    static final VariableParser<Duration> SECONDS_OR_OFF = VariableParser.of((name, raw, example) -> {
        String value = raw.strip();
        return DECIMAL.matcher(value).matches() && new BigDecimal(value).signum() == 0
                ? Duration.ZERO : SECONDS.parse(name, raw, example);
    }, SECONDS::format);

    /** {@code true} or {@code false}, in any case. */
    static final VariableParser<Boolean> FLAG = VariableParser.of((name, raw, example) -> {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(name, raw, "is not a boolean; use true or false");
    }, String::valueOf);

    /** {@code development} or {@code production}, also {@code dev} or {@code prod}, in any case. */
    static final VariableParser<DeploymentEnvironment> ENVIRONMENT = VariableParser.of((name, raw, example) -> {
        switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "development":
            case "dev":
                return DeploymentEnvironment.DEVELOPMENT;
            case "production":
            case "prod":
                return DeploymentEnvironment.PRODUCTION;
            default:
                throw invalid(name, raw,
                        "is not a deployment environment; use development (or dev) or production (or prod)");
        }
    }, environment -> environment.name().toLowerCase(Locale.ROOT));

    /** {@code round-robin}, {@code p2c} or {@code peak-ewma}, in any case. */
    static final VariableParser<LoadBalancingPolicy> POLICY = VariableParser.of((name, raw, example) -> {
        try {
            return LoadBalancingPolicy.fromVariableValue(raw);
        } catch (IllegalArgumentException unknown) {
            throw invalid(name, raw, "is not a load-balancing policy; use one of "
                    + Arrays.stream(LoadBalancingPolicy.values()).map(LoadBalancingPolicy::variableValue)
                            .collect(Collectors.joining(", ")));
        }
    }, LoadBalancingPolicy::variableValue);

    /** {@code calls} or {@code attempts}, in any case. */
    static final VariableParser<BreakerCounting> COUNTING = oneOf("a breaker counting",
            Map.of("calls", BreakerCounting.CALLS, "attempts", BreakerCounting.ATTEMPTS));

    /** A file system path; whether the file exists is checked where it is opened. */
    static final VariableParser<Path> PATH = VariableParser.of((name, raw, example) -> {
        try {
            return Path.of(raw.strip());
        } catch (InvalidPathException e) {
            throw invalid(name, raw, "is not a valid path (" + e.getReason() + "); use the path of the file");
        }
    }, Path::toString);

    /** A URL path such as {@code /health}: it starts with '/' and holds no spaces. */
    static final VariableParser<String> URL_PATH = VariableParser.of((name, raw, example) -> {
        String value = raw.strip();
        if (!LoadBalancingSettings.isHealthCheckPath(value)) {
            throw invalid(name, raw, "is not a path; use one that starts with '/' and holds no spaces, such as "
                    + example);
        }
        return value;
    }, String::valueOf);

    /** Any text, without the spaces around it. */
    static final VariableParser<String> TEXT = VariableParser.of((name, raw, example) -> raw.strip(), String::valueOf);

    /** A secret, taken as it is; never echoed, not even its default. */
    static final VariableParser<String> SECRET = VariableParser.of((name, raw, example) -> raw, secret -> "****");

    private VariableParsers() {}

    /** A whole number within {@code range}. */
    static VariableParser<Integer> wholeNumber(Range range) {
        return whole("a whole number", Integer::parseInt, range);
    }

    /**
     * One of the values {@code byName} names, the name in any case; the names are listed in the order
     * of the values in an error.
     */
    private static <E extends Enum<E>> VariableParser<E> oneOf(String what, Map<String, E> byName) {
        Map<E, String> names = new TreeMap<>();
        byName.forEach((text, value) -> names.put(value, text));
        return VariableParser.of((name, raw, example) -> {
            E value = byName.get(raw.strip().toLowerCase(Locale.ROOT));
            if (value == null) {
                throw invalid(name, raw, "is not " + what + "; use " + String.join(" or ", names.values()));
            }
            return value;
        }, names::get);
    }

    /** A whole number of seconds within {@code range}, as a duration. */
    static VariableParser<Duration> wholeSeconds(Range range) {
        VariableParser<Long> seconds = whole("a whole number of seconds", Long::parseLong, range);
        return VariableParser.of((name, raw, example) -> Duration.ofSeconds(seconds.parse(name, raw, example)),
                duration -> Long.toString(duration.getSeconds()));
    }

    /** A whole number of bytes within {@code range}. */
    static VariableParser<Long> byteCount(Range range) {
        return whole("a whole number of bytes", Long::parseLong, range);
    }

    /** A decimal number such as {@code 0.2} within {@code range}. */
    static VariableParser<Double> decimal(Range range) {
        return VariableParser.of((name, raw, example) -> {
            String value = raw.strip();
            if (!DECIMAL.matcher(value).matches()) {
                throw invalid(name, raw, "is not a decimal number; use one such as " + example);
            }
            return inRange(name, raw, Double.parseDouble(value), range);
        }, number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
    }

    /** The message format shared by all variables: {@code NAME='value' <problem>}. */
    static InvalidSettingException invalid(String name, String shownValue, String problem) {
        return new InvalidSettingException(name + "='" + shownValue + "' " + problem);
    }

    private static <N extends Number> N inRange(String name, String raw, N value, Range range) {
        String problem = range.problem(name, value);
        if (problem != null) {
            throw invalid(name, raw, "is out of range: " + problem);
        }
        return value;
    }

    private static <N extends Number> VariableParser<N> whole(String what, Function<String, N> parse, Range range) {
        return VariableParser.of((name, raw, example) -> {
            String value = raw.strip();
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw invalid(name, raw, "is not " + what + "; use " + what + " such as " + example);
            }
            try {
                return inRange(name, raw, parse.apply(value), range);
            } catch (NumberFormatException tooLarge) {
                throw invalid(name, raw, "is out of range; use " + what + " such as " + example);
            }
        }, String::valueOf);
    }

    private static VariableParser<Duration> duration(String unit, BigDecimal nanosPerUnit) {
        return VariableParser.of((name, raw, example) -> {
            String value = raw.strip();
            if (!DECIMAL.matcher(value).matches()) {
                throw invalid(name, raw, "is not a number of " + unit + "; use a positive number such as " + example);
            }
            BigDecimal max = BigDecimal.valueOf(MAX_DURATION.toNanos());
            // below one nanosecond truncates to zero: the JDK cannot wait less, so it is out of range too
            BigDecimal nanos = new BigDecimal(value).multiply(nanosPerUnit);
            long wholeNanos = nanos.min(max).longValue();
            if (wholeNanos <= 0 || nanos.compareTo(max) > 0) {
                throw invalid(name, raw, "is out of range; use a positive number of " + unit + " up to "
                        + max.divide(nanosPerUnit).toPlainString() + ", such as " + example);
            }
            return Duration.ofNanos(wholeNanos);
        }, duration -> BigDecimal.valueOf(duration.toNanos()).divide(nanosPerUnit)
                .stripTrailingZeros().toPlainString());
    }
}
