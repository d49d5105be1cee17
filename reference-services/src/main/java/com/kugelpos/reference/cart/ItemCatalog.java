package com.kugelpos.reference.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.kugelpos.reference.http.ApiRequest;
import java.util.concurrent.CompletionStage;

/** Where cart gets item details (row 2). Implementations must be thread-safe. */
@FunctionalInterface
public interface ItemCatalog {

    /**
     * The item details of {@code itemCode} in the tenant of the request's caller and the given store.
     *
     * @param request the request being handled: its caller, deadline and trace go with the lookup
     * @return completes with the item, or exceptionally with a 404
     *     {@link com.kugelpos.reference.http.ApiException} for an unknown item, or 502/503/504 when
     *     master-data fails
     */
    CompletionStage<JsonNode> itemDetails(ApiRequest request, String storeCode, String itemCode);
}
