package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterTest {

    private static Route route(Route.Builder builder) {
        return builder.sync(request -> ApiResponse.plain(200, Json.object()));
    }

    @Test
    void shouldExtractPathParamsWhenTemplateMatches() {
        Router router = new Router().add(route(Route.get("/api/v1/tenants/{tenant_id}/items/{item_code}")));

        Router.Lookup lookup = router.lookup("GET", "/api/v1/tenants/T1/items/ITEM1");

        assertThat(lookup.found()).isTrue();
        assertThat(lookup.pathParams()).containsEntry("tenant_id", "T1").containsEntry("item_code", "ITEM1");
    }

    @Test
    void shouldPreferLiteralSegmentWhenTwoTemplatesMatch() {
        Router router = new Router()
                .add(route(Route.get("/api/v1/promotions/{code}")))
                .add(route(Route.get("/api/v1/promotions/active")));

        Router.Lookup lookup = router.lookup("GET", "/api/v1/promotions/active");

        assertThat(lookup.route().template()).isEqualTo("/api/v1/promotions/active");
    }

    @Test
    void shouldAnswer405WithAllowedMethodsWhenOnlyMethodDiffers() {
        Router router = new Router().add(route(Route.post("/api/v1/tenants")));

        Router.Lookup lookup = router.lookup("GET", "/api/v1/tenants");

        assertThat(lookup.found()).isFalse();
        assertThat(lookup.allowedMethods()).containsExactly("POST");
        assertThat(lookup.failure("GET", "/api/v1/tenants").status()).isEqualTo(405);
    }

    @Test
    void shouldAnswer404WhenNoTemplateMatches() {
        Router router = new Router().add(route(Route.get("/api/v1/terminals/{terminal_id}")));

        Router.Lookup lookup = router.lookup("GET", "/api/v1/terminals/T1-S1-1/extra");

        assertThat(lookup.failure("GET", "/x").status()).isEqualTo(404);
    }

    @Test
    void shouldIgnoreTrailingSlashWhenMatching() {
        Router router = new Router().add(route(Route.get("/health")));

        assertThat(router.lookup("GET", "/health/").found()).isTrue();
    }

    @Test
    void shouldRejectDuplicateRouteWhenAdded() {
        Router router = new Router().add(route(Route.get("/health")));

        assertThatThrownBy(() -> router.add(route(Route.get("/health"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET /health");
    }
}
