package com.kugelpos.http.discovery;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rule for service names and the variable that holds a service's URL. Stateless. */
final class ServiceNames {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private ServiceNames() {}

    /**
     * Returns the name if it is lower-case letters, digits and single inner '-', starting with a letter.
     *
     * @throws IllegalArgumentException naming the name and the rule
     */
    static String requireValid(String serviceName) {
        if (serviceName == null || !VALID.matcher(serviceName).matches()) {
            throw new IllegalArgumentException("Service name '" + serviceName + "' is invalid; use lower-case"
                    + " letters, digits and single '-' between them, starting with a letter, such as master-data");
        }
        return serviceName;
    }

    /** {@code master-data} becomes {@code MASTER_DATA_SERVICE_URL}; the name must be valid. */
    static String urlVariable(String serviceName) {
        return requireValid(serviceName).toUpperCase(Locale.ROOT).replace('-', '_') + "_SERVICE_URL";
    }
}
