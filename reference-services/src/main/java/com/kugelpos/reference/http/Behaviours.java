package com.kugelpos.reference.http;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The active {@link BehaviourRule}s of one server; the first rule that applies wins. Thread-safe. */
public final class Behaviours {

    private final List<BehaviourRule> rules = new CopyOnWriteArrayList<>();

    /** Adds a rule after the existing ones. */
    public void add(BehaviourRule rule) {
        rules.add(rule);
    }

    /** Removes all rules. */
    public void clear() {
        rules.clear();
    }

    /** The active rules. */
    public List<BehaviourRule> rules() {
        return List.copyOf(rules);
    }

    /** The first rule that applies to the request, consuming one of its uses. */
    public Optional<BehaviourRule> claim(String method, String path) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        for (BehaviourRule rule : rules) {
            if (rule.claim(method, path)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
