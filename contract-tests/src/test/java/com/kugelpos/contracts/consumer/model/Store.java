package com.kugelpos.contracts.consumer.model;

/**
 * A store as cart and terminal read it (row 6): upstream's {@code StoreInfoWebRepository} callers
 * use its code and name (the receipt header).
 *
 * @param storeCode the store code
 * @param storeName the store's name
 */
public record Store(String storeCode, String storeName) {}
