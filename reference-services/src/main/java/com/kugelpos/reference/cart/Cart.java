package com.kugelpos.reference.cart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.http.Json;
import java.util.List;

/** One cart of a terminal: its header and line items. Thread-safe (methods synchronise). */
final class Cart {

    private final String cartId;
    private final TerminalInfo terminal;
    private final ObjectNode header;
    private final ArrayNode lineItems = Json.array();

    Cart(String cartId, TerminalInfo terminal, int transactionType, String userId, String userName, String created) {
        this.cartId = cartId;
        this.terminal = terminal;
        this.header = Json.object();
        header.put("cartId", cartId);
        header.put("terminalId", terminal.terminalId());
        header.put("tenantId", terminal.tenantId());
        header.put("storeCode", terminal.storeCode());
        header.put("terminalNo", terminal.terminalNo());
        header.put("transactionType", transactionType);
        header.put("userId", userId);
        header.put("userName", userName);
        header.put("generateDateTime", created);
    }

    String cartId() {
        return cartId;
    }

    TerminalInfo terminal() {
        return terminal;
    }

    /** A line to add: the master-data item, the quantity and an optional price override. */
    record NewLine(JsonNode item, int quantity, Double unitPrice) {}

    /** Adds all lines at once, numbering them after the existing ones. */
    synchronized void addLines(List<NewLine> lines) {
        for (NewLine line : lines) {
            JsonNode storePrice = line.item().path("storePrice");
            double price = line.unitPrice() != null ? line.unitPrice()
                    : storePrice.isNumber() ? storePrice.asDouble() : line.item().path("unitPrice").asDouble();
            ObjectNode node = lineItems.addObject();
            node.put("lineNo", lineItems.size());
            node.put("itemCode", line.item().path("itemCode").asText());
            node.put("description", line.item().path("description").asText());
            node.put("categoryCode", line.item().path("categoryCode").asText());
            node.put("taxCode", line.item().path("taxCode").asText());
            node.put("unitPrice", price);
            node.put("quantity", line.quantity());
            node.put("amount", price * line.quantity());
        }
    }

    /** The cart in its camelCase API shape. */
    synchronized ObjectNode toJson() {
        ObjectNode json = header.deepCopy();
        double total = 0;
        int quantity = 0;
        for (JsonNode line : lineItems) {
            total += line.path("amount").asDouble();
            quantity += line.path("quantity").asInt();
        }
        json.put("cartStatus", lineItems.isEmpty() ? "Idle" : "EnteringItem");
        json.set("lineItems", lineItems.deepCopy());
        json.put("totalAmount", total);
        json.put("totalQuantity", quantity);
        return json;
    }
}
