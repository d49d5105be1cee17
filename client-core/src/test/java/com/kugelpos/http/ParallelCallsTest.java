package com.kugelpos.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ParallelCallsTest {

    @Test
    void shouldReturnAllResultsInOrder() {
        var all = ParallelCalls.all(List.of(CompletableFuture.completedFuture(1), CompletableFuture.completedFuture(2)));

        assertThat(all.join()).containsExactly(1, 2);
    }

    @Test
    void shouldFailOnlyAfterEveryCallHasEnded() {
        CompletableFuture<Integer> slow = new CompletableFuture<>();
        var all = ParallelCalls.all(List.of(CompletableFuture.<Integer>failedFuture(new IllegalStateException("journal down")), slow));

        assertThat(all).isNotDone();
        slow.complete(2);

        assertThat(all).failsWithin(java.time.Duration.ZERO).withThrowableThat().withMessageContaining("journal down");
    }

    @Test
    void shouldKeepEveryOutcomeWhenSettling() {
        Map<String, CompletableFuture<String>> fanOut = new LinkedHashMap<>();
        fanOut.put("master-data", CompletableFuture.completedFuture("created"));
        fanOut.put("journal", CompletableFuture.failedFuture(new IllegalStateException("timeout")));

        var outcomes = ParallelCalls.settle(fanOut).join();

        assertThat(outcomes.get("master-data").succeeded()).isTrue();
        assertThat(outcomes.get("journal").failure()).hasMessage("timeout");
    }
}
