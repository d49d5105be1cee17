package com.kugelpos.reference.common;

import com.kugelpos.reference.http.Router;

/** A set of endpoints that adds itself to a service's router. */
@FunctionalInterface
public interface ServiceRoutes {

    /** Adds the endpoints to {@code router}. */
    void register(Router router);
}
