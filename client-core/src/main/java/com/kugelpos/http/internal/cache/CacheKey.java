package com.kugelpos.http.internal.cache;

import com.kugelpos.http.auth.Credentials;

/**
 * What selects a cached GET response: the path and query (the same on every instance) and the
 * credentials object the call was made with, so that a response fetched with one caller's key is
 * never served to another. Its {@code toString} holds no secret (credentials never print one).
 */
public record CacheKey(String pathAndQuery, Credentials credentials) {}
