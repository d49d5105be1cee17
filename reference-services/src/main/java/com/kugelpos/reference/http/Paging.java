package com.kugelpos.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Paging and sorting of list endpoints from the {@code limit}, {@code page} and {@code sort}
 * query parameters. {@code limit=0} means all records; {@code sort=field:1,other:-1} sorts by
 * top-level fields, given in snake_case or camelCase.
 *
 * @param limit records per page, 0 for all
 * @param page the 1-based page number
 * @param sort the sort expression as given, or empty
 */
public record Paging(int limit, int page, String sort) {

    /** Records per page when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * Reads the paging parameters of {@code request}.
     *
     * @throws ApiException 422 when a parameter is not a number or out of range
     */
    public static Paging from(ApiRequest request) {
        int limit = request.queryInt("limit", DEFAULT_LIMIT);
        int page = request.queryInt("page", 1);
        if (limit < 0) {
            throw ApiException.invalid("limit must be 0 (all) or positive, was " + limit);
        }
        if (page < 1) {
            throw ApiException.invalid("page must be 1 or more, was " + page);
        }
        return new Paging(limit, page, request.query("sort").orElse(""));
    }

    /**
     * Sorts {@code records}, cuts out this page and builds the metadata.
     *
     * @param records all records that passed the filter
     * @param filter the filter that was applied, echoed in {@code metadata.filter}
     */
    public Page apply(List<? extends JsonNode> records, Map<String, String> filter) {
        List<JsonNode> sorted = new ArrayList<>(records);
        Comparator<JsonNode> order = SortOrder.parse(sort);
        if (order != null) {
            sorted.sort(order);
        }
        int from = limit == 0 ? 0 : (int) Math.min((long) (page - 1) * limit, sorted.size());
        int to = limit == 0 ? sorted.size() : Math.min(from + limit, sorted.size());
        ArrayNode items = Json.array();
        sorted.subList(from, to).forEach(items::add);
        ObjectNode metadata = Json.object();
        metadata.put("total", sorted.size());
        metadata.put("page", page);
        metadata.put("limit", limit);
        metadata.put("sort", sort);
        ObjectNode filterNode = metadata.putObject("filter");
        filter.forEach(filterNode::put);
        return new Page(items, metadata);
    }
}
