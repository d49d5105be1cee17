package com.kugelpos.http.internal.cache;

import com.kugelpos.http.config.ResponseCacheSettings;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's GET response cache, bounded in entries and in body bytes: the least recently used
 * entries are dropped first, and a body larger than the byte bound is not stored. Keys are opaque
 * to it. Thread-safe.
 *
 * @param <K> the key type
 */
public final class ResponseCache<K> {

    private final ResponseCacheSettings settings;
    private final LinkedHashMap<K, CachedResponse> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** An empty cache with these bounds. */
    public ResponseCache(ResponseCacheSettings settings) {
        this.settings = settings;
    }

    /** The entry of {@code key}, which becomes the most recently used; empty when there is none. */
    public synchronized Optional<CachedResponse> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Stores {@code entry} under {@code key}, replacing what was there, and drops the least recently
     * used entries until both bounds hold.
     *
     * @return false when the entry alone is larger than the byte bound (then nothing is stored and an
     *     older entry of the key is removed)
     */
    public synchronized boolean put(K key, CachedResponse entry) {
        remove(key);
        if (entry.size() > settings.maxBytes()) {
            return false;
        }
        entries.put(key, entry);
        bytes += entry.size();
        Iterator<Map.Entry<K, CachedResponse>> eldest = entries.entrySet().iterator();
        while ((entries.size() > settings.maxEntries() || bytes > settings.maxBytes()) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
        return true;
    }

    /** Removes the entry of {@code key}, if any. */
    public synchronized void remove(K key) {
        CachedResponse removed = entries.remove(key);
        if (removed != null) {
            bytes -= removed.size();
        }
    }

    /** Entries stored. */
    public synchronized int size() {
        return entries.size();
    }

    /** Body bytes stored. */
    public synchronized long bytes() {
        return bytes;
    }

    @Override
    public synchronized String toString() {
        return "ResponseCache{entries=" + entries.size() + "/" + settings.maxEntries() + ", bytes=" + bytes + "/"
                + settings.maxBytes() + '}';
    }
}
