package com.kugelpos.perf.gatling.journeys;

import static io.gatling.javaapi.core.CoreDsl.exec;

import com.kugelpos.perf.gatling.endpoints.CartEndpoints;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A terminal's journey: open a cart, add items one by one (each an item lookup), read the cart. */
public final class Shopping {

    /** Item codes in the reference fixtures. */
    private static final List<String> ITEMS = List.of("ITEM1", "ITEM2", "ITEM3");

    private Shopping() {}

    /**
     * Creates a cart, adds {@code items} random items with {@code addItem} (which reads
     * {@code #{itemCode}}), then reads the cart back.
     */
    public static ChainBuilder fillCart(int items, ChainBuilder addItem) {
        return exec(CartEndpoints.createCart())
                .repeat(items).on(exec(Shopping::pickItem).exec(addItem))
                .exec(CartEndpoints.getCart());
    }

    private static Session pickItem(Session session) {
        return session.set("itemCode", ITEMS.get(ThreadLocalRandom.current().nextInt(ITEMS.size())));
    }
}
