package com.kugelpos.reference.cart;

import com.kugelpos.reference.auth.Principal;
import com.kugelpos.reference.http.ApiException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Cart's carts by id. A cart is visible only to its own terminal's tenant. Thread-safe. */
final class CartStore {

    private final Map<String, Cart> carts = new ConcurrentHashMap<>();

    void add(Cart cart) {
        carts.put(cart.cartId(), cart);
    }

    /**
     * The cart {@code cartId} of the caller's tenant.
     *
     * @throws ApiException 404 when there is none (also for another tenant's cart)
     */
    Cart require(String cartId, Principal caller) {
        Cart cart = carts.get(cartId);
        if (cart == null || !cart.terminal().tenantId().equals(caller.tenantId())) {
            throw ApiException.notFound("Cart not found. cart_id: " + cartId);
        }
        return cart;
    }
}
