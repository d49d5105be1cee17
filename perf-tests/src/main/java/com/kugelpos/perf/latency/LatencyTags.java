package com.kugelpos.perf.latency;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Request names as HdrHistogram log tags: a tag may hold neither spaces nor commas, so names are
 * URL-encoded ({@code add item [slow, breaker open]} becomes {@code add+item+%5Bslow%2C+breaker+open%5D}).
 */
final class LatencyTags {

    private LatencyTags() {}

    static String encode(String requestName) {
        return URLEncoder.encode(requestName, StandardCharsets.UTF_8);
    }

    static String decode(String tag) {
        return tag == null ? "(untagged)" : URLDecoder.decode(tag, StandardCharsets.UTF_8);
    }
}
