package com.kugelpos.http.internal.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The headers of one attempt, by case-insensitive name, in the order they were first set. An
 * attempt carries a handful, so a linear scan of two arrays finds one faster than a sorted map and
 * allocates two arrays instead of an entry per header. The stages set them through {@link #set} and
 * {@link #setIfAbsent}; as a map it is read-only (what the transport reads). Not thread-safe: the
 * stages of one attempt fill it one after another, before it is sent.
 */
final class AttemptHeaders extends AbstractMap<String, List<String>> {

    private static final int USUAL_COUNT = 8;

    private String[] names = new String[USUAL_COUNT];
    @SuppressWarnings("unchecked")
    private List<String>[] values = (List<String>[]) new List<?>[USUAL_COUNT];
    private int size;

    /** Sets {@code name} to the one {@code value}, replacing what it had (the first spelling of the name stays). */
    void set(String name, String value) {
        set(name, List.of(value));
    }

    /**
     * Sets {@code name} to {@code values}, replacing what it had: for a value that is the same on
     * every attempt, whose list is made once.
     *
     * @param values an unmodifiable list of at least one value, none null
     */
    void set(String name, List<String> values) {
        int index = indexOf(name);
        if (index >= 0) {
            this.values[index] = values;
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            this.values = Arrays.copyOf(this.values, size * 2);
        }
        names[size] = name;
        this.values[size] = values;
        size++;
    }

    /** Sets {@code name} to {@code values} (as {@link #set(String, List)}) unless it has a value already. */
    void setIfAbsent(String name, List<String> values) {
        if (indexOf(name) < 0) {
            set(name, values);
        }
    }

    @Override
    public List<String> get(Object name) {
        int index = name instanceof String text ? indexOf(text) : -1;
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String text && indexOf(text) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super List<String>> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<String>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, List<String>> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, List<String>> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
