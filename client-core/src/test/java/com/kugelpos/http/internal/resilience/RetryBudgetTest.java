package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.config.RetryBudgetSettings;
import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    private final FakeTimeSource time = new FakeTimeSource();

    @Test
    void shouldAllowTheMinimumReserveWhenThereIsNoTraffic() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(true, 0.2, 1), time);

        int granted = acquireAll(budget);

        assertThat(granted).isEqualTo(10);
        assertThat(budget.available()).isZero();
    }

    @Test
    void shouldAllowTheRatioOfCallsOnTopOfTheMinimum() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(true, 0.2, 0), time);
        for (int i = 0; i < 100; i++) {
            budget.recordCall();
        }

        assertThat(acquireAll(budget)).isEqualTo(20);
        budget.recordCall();
        assertThat(budget.tryAcquireRetry()).isFalse();
        for (int i = 0; i < 4; i++) {
            budget.recordCall();
        }
        assertThat(budget.tryAcquireRetry()).isTrue();
    }

    @Test
    void shouldForgetCallsAndRetriesWhenTheyLeaveTheWindow() {
        RetryBudget budget = new RetryBudget(new RetryBudgetSettings(true, 0.5, 0), time);
        for (int i = 0; i < 10; i++) {
            budget.recordCall();
        }
        assertThat(acquireAll(budget)).isEqualTo(5);

        time.advance(Duration.ofSeconds(9));
        assertThat(budget.available()).isZero();
        time.advance(Duration.ofSeconds(1));

        assertThat(budget.available()).isZero();
        budget.recordCall();
        budget.recordCall();
        assertThat(budget.available()).isEqualTo(1);
    }

    @Test
    void shouldAllowEveryRetryWhenDisabled() {
        RetryBudget budget = new RetryBudget(RetryBudgetSettings.unlimited(), time);

        for (int i = 0; i < 10_000; i++) {
            assertThat(budget.tryAcquireRetry()).isTrue();
        }
        assertThat(budget.available()).isEqualTo(Integer.MAX_VALUE);
    }

    private static int acquireAll(RetryBudget budget) {
        int granted = 0;
        while (budget.tryAcquireRetry()) {
            granted++;
            if (granted > 1_000_000) {
                throw new AssertionError("the budget never ran out");
            }
        }
        return granted;
    }
}
