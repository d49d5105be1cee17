package com.kugelpos.contracts.consumer.model;

import java.util.List;

/**
 * A store as cart reads it (row 6).
 *
 * @param storeCode the store code
 * @param storeName the name
 * @param status e.g. {@code Active}
 * @param businessDate {@code yyyyMMdd}
 * @param tags free tags
 * @param entryDatetime ISO-8601 creation time
 */
public record Store(String storeCode, String storeName, String status, String businessDate, List<String> tags,
        String entryDatetime) {}
