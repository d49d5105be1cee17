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
import com.kugelpos.reference.http.ServiceCapacity;
import java.util.Objects;
import java.util.Optional;

/**
 * Test-support endpoints, open and left out of the statistics: {@code GET /_admin/stats},
 * {@code POST /_admin/reset} (counters, not data), {@code POST /_admin/behaviour} (add a delay or
 * forced status, see {@link BehaviourRule}), {@code DELETE /_admin/behaviour} (remove all), and
 * {@code GET}, {@code POST} ({@code {"slots", "serviceTimeMs"}}) and {@code DELETE /_admin/capacity}
 * (see {@link ServiceCapacity}).
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
        router.add(Route.get("/_admin/capacity").uncounted().sync(request -> capacity()));
        router.add(Route.post("/_admin/capacity").uncounted().sync(this::limitCapacity));
        router.add(Route.delete("/_admin/capacity").uncounted().sync(this::unlimitCapacity));
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

    private ApiResponse limitCapacity(ApiRequest request) {
        context.capacity().limit(ServiceCapacity.Limit.fromJson(JsonBody.parseObject(request.body())));
        return capacity();
    }

    private ApiResponse unlimitCapacity(ApiRequest request) {
        context.capacity().unlimit();
        return capacity();
    }

    private ApiResponse capacity() {
        ObjectNode body = Json.object();
        Optional<ServiceCapacity.Limit> limit = context.capacity().current();
        body.put("limited", limit.isPresent());
        limit.ifPresent(l -> {
            body.put("slots", l.slots());
            body.put("serviceTimeMs", l.serviceTime().toMillis());
        });
        ServiceCapacity.Load load = context.capacity().load();
        body.put("busy", load.busy());
        body.put("waiting", load.waiting());
        return ApiResponse.plain(200, body);
    }

    private ApiResponse behaviours() {
        ObjectNode body = Json.object();
        ArrayNode rules = body.putArray("rules");
        context.behaviours().rules().forEach(rule -> rules.add(rule.toString()));
        return ApiResponse.plain(200, body);
    }
}
