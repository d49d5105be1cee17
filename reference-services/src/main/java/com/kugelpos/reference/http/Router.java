package com.kugelpos.reference.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the route of a request. Among matching templates the one with the most literal segments
 * wins, so {@code /promotions/active} beats {@code /promotions/{code}}. Thread-safe.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * Adds a route.
     *
     * @throws IllegalArgumentException if the same method and template is already routed
     */
    public Router add(Route route) {
        for (Route existing : routes) {
            if (existing.key().equals(route.key())) {
                throw new IllegalArgumentException("route already defined: " + route.key());
            }
        }
        routes.add(route);
        return this;
    }

    /** The routes in the order they were added. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Looks up {@code method} and decoded {@code path}. */
    public Lookup lookup(String method, String path) {
        List<String> segments = PathTemplate.split(path);
        Route best = null;
        Map<String, String> bestParams = null;
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = route.pathTemplate().match(segments);
            if (params == null) {
                continue;
            }
            allowed.add(route.method());
            boolean better = best == null || route.pathTemplate().literalCount() > best.pathTemplate().literalCount();
            if (route.method().equals(method) && better) {
                best = route;
                bestParams = params;
            }
        }
        return new Lookup(best, bestParams == null ? Map.of() : bestParams, Set.copyOf(allowed));
    }

    /**
     * The result of a lookup.
     *
     * @param route the matched route, or {@code null}
     * @param pathParams the matched route's path parameters
     * @param allowedMethods methods routed for this path (non-empty with a null route means 405)
     */
    public record Lookup(Route route, Map<String, String> pathParams, Set<String> allowedMethods) {

        /** Whether a route matched method and path. */
        public boolean found() {
            return route != null;
        }

        /** The 404 or 405 failure of a lookup that found no route. */
        public ApiException failure(String method, String path) {
            if (allowedMethods.isEmpty()) {
                return ApiException.notFound("no endpoint at " + path);
            }
            return new ApiException(
                    405,
                    ErrorCodes.METHOD_NOT_ALLOWED,
                    "method " + method + " not allowed on " + path + "; allowed: " + String.join(", ", allowedMethods));
        }
    }
}
