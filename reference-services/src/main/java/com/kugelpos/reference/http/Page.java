package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a list: its items and the envelope's paging {@code metadata}
 * ({@code total, page, limit, sort, filter}).
 *
 * @param items the records of this page
 * @param metadata the paging metadata
 */
public record Page(ArrayNode items, ObjectNode metadata) {}
