package com.kugelpos.reference.cart;

import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.auth.CredentialKind;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The cart service's cart endpoints, as in the real cart API: {@code POST /api/v1/carts} (201),
 * {@code GET /api/v1/carts/{cart_id}} and {@code POST /api/v1/carts/{cart_id}/lineItems} with
 * {@code [{"itemCode": "ITEM1", "quantity": 1}]}, which fetches each item from master-data through
 * the {@link ItemCatalog}. Callers are terminals (API key or terminal token). Transactions are in
 * {@link TransactionRoutes}.
 */
public final class CartService implements ServiceRoutes {

    private static final AuthPolicy TERMINALS = AuthPolicy.of(CredentialKind.API_KEY, CredentialKind.TERMINAL_TOKEN);

    private final ServiceContext context;
    private final ItemCatalog catalog;
    private final CartStore carts = new CartStore();

    /**
     * @param context the service's shared parts
     * @param catalog where item details come from
     */
    public CartService(ServiceContext context, ItemCatalog catalog) {
        this.context = Objects.requireNonNull(context, "context");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public void register(Router router) {
        router.add(Route.post("/api/v1/carts").auth(TERMINALS).idempotent().sync(this::create));
        router.add(Route.get("/api/v1/carts/{cart_id}").auth(TERMINALS).sync(this::get));
        router.add(Route.post("/api/v1/carts/{cart_id}/lineItems").auth(TERMINALS).idempotent().handle(this::addItems));
        new TransactionRoutes(context).register(router);
    }

    private ApiResponse create(ApiRequest request) {
        JsonBody body = JsonBody.parseOptionalObject(request.body());
        TerminalInfo terminal = request.principal().terminal()
                .orElseThrow(() -> ApiException.unauthorized("creating a cart needs terminal credentials"));
        Cart cart = new Cart(
                UUID.randomUUID().toString(),
                terminal,
                body.integer("transactionType", 101),
                body.text("userId", null),
                body.text("userName", null),
                context.clock().instant().toString());
        carts.add(cart);
        context.stats().countCreated("cart");
        return ApiResponse.created("create_cart", "Cart Created. cart_id: " + cart.cartId(),
                Map.of("cartId", cart.cartId()));
    }

    private ApiResponse get(ApiRequest request) {
        Cart cart = carts.require(request.pathParam("cart_id"), request.principal());
        return ApiResponse.ok("get_cart", "Cart found. cart_id: " + cart.cartId(), cart.toJson());
    }

    private CompletionStage<ApiResponse> addItems(ApiRequest request) {
        Cart cart = carts.require(request.pathParam("cart_id"), request.principal());
        List<JsonBody> lines = JsonBody.parseArrayOfObjects(request.body());
        List<CompletableFuture<Cart.NewLine>> resolved = new ArrayList<>(lines.size());
        for (JsonBody line : lines) {
            String itemCode = line.text("itemCode");
            int quantity = line.integer("quantity", 1);
            if (quantity < 1) {
                throw ApiException.invalid("quantity of " + itemCode + " must be 1 or more, was " + quantity);
            }
            Double unitPrice = line.isAbsent("unitPrice") ? null : line.number("unitPrice");
            resolved.add(catalog.itemDetails(request, cart.terminal().storeCode(), itemCode)
                    .thenApply(item -> new Cart.NewLine(item, quantity, unitPrice))
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(resolved.toArray(CompletableFuture[]::new)).thenApply(done -> {
            cart.addLines(resolved.stream().map(CompletableFuture::join).toList());
            resolved.forEach(line -> context.stats().countCreated("lineItem"));
            return ApiResponse.ok("add_items", "Items added to cart. cart_id: " + cart.cartId(), cart.toJson());
        });
    }
}
