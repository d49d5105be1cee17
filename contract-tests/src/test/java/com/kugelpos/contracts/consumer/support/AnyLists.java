package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;

/**
 * Arrays whose length is incidental: any number of elements, possibly none, each like the one
 * example. (A literal array in a Pact body would pin its exact length.)
 */
public final class AnyLists {

    private AnyLists() {}

    /** {@code name}: an array of strings like {@code example}. */
    public static PactDslJsonBody strings(PactDslJsonBody body, String name, String example) {
        return body.minArrayLike(name, 0, PactDslJsonRootValue.stringType(example), 1);
    }

    /** {@code name}: an array of objects like {@code example}. */
    public static PactDslJsonBody objects(PactDslJsonBody body, String name, DslPart example) {
        return body.minArrayLike(name, 0, example, 1);
    }
}
