package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.internal.balancing.Endpoint;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TriedEndpointsTest {

    private final Endpoint first = new Endpoint(URI.create("http://10.0.0.1:8002"));
    private final Endpoint second = new Endpoint(URI.create("http://10.0.0.2:8002"));
    private final TriedEndpoints tried = new TriedEndpoints();

    @Test
    void shouldHoldNothingBeforeTheFirstAttempt() {
        assertThat(tried).isEmpty();
        assertThat(tried.contains(first)).isFalse();
        assertThat(tried.contains(null)).isFalse();
    }

    @Test
    void shouldHoldEachInstanceOnceInTheOrderTried() {
        assertThat(tried.add(first)).isTrue();
        assertThat(tried.add(second)).isTrue();
        assertThat(tried.add(first)).isFalse();

        assertThat(tried).containsExactly(first, second);
        assertThat(tried.contains(second)).isTrue();
    }
}
