package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.balancing.Endpoint;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The instances a call's attempts went to: a handful at most, added by attempts (a hedge may add on
 * another thread) and read by the instance choice. An array replaced on each add, so reads take no
 * lock, and a call that has not started an attempt holds only the shared empty array (a {@code
 * CopyOnWriteArraySet} costs a list, a lock and an array per call). Thread-safe; read-only as a set
 * but for {@link #add}.
 */
final class TriedEndpoints extends AbstractSet<Endpoint> {

    private static final Endpoint[] NONE = new Endpoint[0];

    private volatile Endpoint[] endpoints = NONE;

    @Override
    public synchronized boolean add(Endpoint endpoint) {
        if (contains(endpoint)) {
            return false;
        }
        Endpoint[] more = Arrays.copyOf(endpoints, endpoints.length + 1);
        more[endpoints.length] = endpoint;
        endpoints = more;
        return true;
    }

    @Override
    public boolean contains(Object endpoint) {
        for (Endpoint tried : endpoints) {
            if (tried.equals(endpoint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<Endpoint> iterator() {
        return List.of(endpoints).iterator();
    }

    @Override
    public int size() {
        return endpoints.length;
    }
}
