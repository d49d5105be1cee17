package com.kugelpos.http.config;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the text of one environment variable into a typed value. Every failure is an {@link
 * InvalidSettingException} whose message names the variable, echoes the value and says what is
 * allowed. None of these parsers is used for secrets, so echoing the value is safe. Stateless.
 */
final class VariableParsers {

    /** The longest duration a variable may set: one day, far above any sensible timeout. */
    static final Duration MAX_DURATION = Duration.ofDays(1);

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal NANOS_PER_MILLI = BigDecimal.valueOf(1_000_000L);

    private VariableParsers() {}

    /** A positive number of seconds, decimals allowed ({@code "0.5"}), up to one day. */
    static Duration seconds(String name, String raw, String example) {
        return duration(name, raw, "seconds", NANOS_PER_SECOND, example);
    }

    /** A positive number of milliseconds, decimals allowed, up to one day. */
    static Duration millis(String name, String raw, String example) {
        return duration(name, raw, "milliseconds", NANOS_PER_MILLI, example);
    }

    /** A whole number; its range is checked by {@link HttpClientSettings.Builder#build()}. */
    static int wholeNumber(String name, String raw, String example) {
        String value = raw.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw invalid(name, raw, "is not a whole number; use a whole number such as " + example);
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException tooLarge) {
            throw invalid(name, raw, "is out of range; use a whole number such as " + example);
        }
    }

    /** {@code 0} (off) or a positive number of seconds as {@link #seconds} takes. */
    static Duration secondsOrOff(String name, String raw, String example) {
        String value = raw.strip();
        if (DECIMAL.matcher(value).matches() && new BigDecimal(value).signum() == 0) {
            return Duration.ZERO;
        }
        return seconds(name, raw, example);
    }

    /** A decimal number such as {@code 0.2}; its range is checked where it is used. */
    static double decimal(String name, String raw, String example) {
        String value = raw.strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw invalid(name, raw, "is not a decimal number; use one such as " + example);
        }
        return Double.parseDouble(value);
    }

    /** A whole number of bytes up to {@link Long#MAX_VALUE}; its range is checked where it is used. */
    static long byteCount(String name, String raw, String example) {
        String value = raw.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw invalid(name, raw, "is not a whole number of bytes; use one such as " + example);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException tooLarge) {
            throw invalid(name, raw, "is out of range; use a whole number of bytes such as " + example);
        }
    }

    /** {@code round-robin} or {@code p2c}, in any case. */
    static LoadBalancingPolicy loadBalancingPolicy(String name, String raw) {
        try {
            return LoadBalancingPolicy.fromVariableValue(raw);
        } catch (IllegalArgumentException unknown) {
            throw invalid(name, raw, "is not a load-balancing policy; use round-robin or p2c");
        }
    }

    /** {@code true} or {@code false}, in any case. */
    static boolean flag(String name, String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(name, raw, "is not a boolean; use true or false");
    }

    /** {@code development} or {@code production}, also {@code dev} or {@code prod}, in any case. */
    static DeploymentEnvironment deploymentEnvironment(String name, String raw) {
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
    }

    /** A file system path; whether the file exists is checked where it is opened. */
    static Path path(String name, String raw) {
        try {
            return Path.of(raw.strip());
        } catch (InvalidPathException e) {
            throw invalid(name, raw, "is not a valid path (" + e.getReason() + "); use the path of the file");
        }
    }

    /** The message format shared by all variables: {@code NAME='value' <problem>}. */
    static InvalidSettingException invalid(String name, String shownValue, String problem) {
        return new InvalidSettingException(name + "='" + shownValue + "' " + problem);
    }

    private static Duration duration(String name, String raw, String unit, BigDecimal nanosPerUnit, String example) {
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
    }
}
