package com.kugelpos.reference.common;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.BehaviourRule;
import com.kugelpos.reference.http.Json;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.Objects;

/**
 * Test-support endpoints, open and left out of the statistics: {@code GET /_admin/stats},
 * {@code POST /_admin/reset} (counters, not data), {@code POST /_admin/behaviour} (add a delay or
 * forced status, see {@link BehaviourRule}) and {@code DELETE /_admin/behaviour} (remove all).
 */
public final class AdminRoutes implements ServiceRoutes {

    private final ServiceContext context;

    /** @param context the service's shared parts */
    public AdminRoutes(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.get("/_admin/stats").uncounted()
                .sync(request -> ApiResponse.plain(200, context.stats().snapshot().toJson())));
        router.add(Route.post("/_admin/reset").uncounted().sync(this::reset));
        router.add(Route.post("/_admin/behaviour").uncounted().sync(this::addBehaviour));
        router.add(Route.delete("/_admin/behaviour").uncounted().sync(this::clearBehaviours));
    }

    private ApiResponse reset(ApiRequest request) {
        context.stats().reset();
        ObjectNode body = Json.object();
        body.put("reset", true);
        return ApiResponse.plain(200, body);
    }

    private ApiResponse addBehaviour(ApiRequest request) {
        context.behaviours().add(BehaviourRule.fromJson(JsonBody.parseObject(request.body())));
        return behaviours();
    }

    private ApiResponse clearBehaviours(ApiRequest request) {
        context.behaviours().clear();
        return behaviours();
    }

    private ApiResponse behaviours() {
        ObjectNode body = Json.object();
        ArrayNode rules = body.putArray("rules");
        context.behaviours().rules().forEach(rule -> rules.add(rule.toString()));
        return ApiResponse.plain(200, body);
    }
}
