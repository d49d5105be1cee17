package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.Deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConnectionLimiterTest {

    private final FakeTimeSource time = new FakeTimeSource();
    private final ConnectionLimiter limiter = new ConnectionLimiter(2, time);
    private final Deadline deadline = Deadline.after(Duration.ofSeconds(5), time);

    @Test
    void shouldGrantSlotsUpToTheCap() {
        var first = acquire();
        var second = acquire();
        var third = acquire();

        assertThat(first).isCompleted();
        assertThat(second).isCompleted();
        assertThat(third).isNotDone();
        assertThat(limiter.inUse()).isEqualTo(2);
        assertThat(limiter.waiting()).isEqualTo(1);
    }

    @Test
    void shouldTakeAFreeSlotAtOnceButNeverAheadOfAWaiter() {
        ConnectionLimiter.Slot first = limiter.tryAcquire();
        ConnectionLimiter.Slot second = limiter.tryAcquire();

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(limiter.tryAcquire()).as("the cap is reached").isNull();
        var waiter = acquire();
        first.release();
        assertThat(waiter).as("the freed slot goes to the waiter").isCompleted();
        assertThat(limiter.tryAcquire()).isNull();
        second.release();
        assertThat(limiter.inUse()).isEqualTo(1);
        assertThat(limiter.tryAcquire()).isNotNull();
    }

    @Test
    void shouldHandAFreedSlotToTheFirstWaiter() {
        var first = acquire();
        acquire();
        var waiter = acquire();

        first.join().release();

        assertThat(waiter).isCompleted();
        assertThat(limiter.inUse()).isEqualTo(2);
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void shouldFailAWaiterExactlyAtItsDeadline() {
        acquire();
        acquire();
        var waiter = acquire();

        time.advance(Duration.ofSeconds(5).minusNanos(1));
        assertThat(waiter).isNotDone();
        time.advance(Duration.ofNanos(1));

        assertThat(waiter).isCompletedExceptionally();
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void shouldCountAReleaseOnlyOnce() {
        var slot = acquire().join();

        slot.release();
        slot.release();

        assertThat(limiter.inUse()).isZero();
    }

    private CompletableFuture<ConnectionLimiter.Slot> acquire() {
        return limiter.acquire(deadline, () -> new IllegalStateException("no slot"));
    }
}
