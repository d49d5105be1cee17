package com.kugelpos.http.discovery;

import java.util.Collection;

/**
 * A {@link ServiceResolver} was asked for a service it does not know. The message lists the names
 * it knows and says how to make the service known.
 */
public class UnknownServiceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String serviceName;

    /**
     * Creates the exception.
     *
     * @param serviceName the name that was asked for
     * @param knownNames the names the resolver knows
     * @param remedy what to do, e.g. which variable to set
     */
    public UnknownServiceException(String serviceName, Collection<String> knownNames, String remedy) {
        super("Unknown service '" + serviceName + "'; known services are " + String.join(", ", knownNames)
                + ". " + remedy);
        this.serviceName = serviceName;
    }

    /** The name that was asked for. */
    public String serviceName() {
        return serviceName;
    }
}
