package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceCapacityTest {

    private static final Duration SERVICE_TIME = Duration.ofMillis(40);

    /** Each service time the capacity asked for, in order, finished by the test. */
    private final List<CompletableFuture<Void>> work = new ArrayList<>();
    private final List<Duration> serviceTimes = new ArrayList<>();
    private final ServiceCapacity capacity = new ServiceCapacity(delay -> {
        serviceTimes.add(delay);
        CompletableFuture<Void> done = new CompletableFuture<>();
        work.add(done);
        return done;
    });

    private CompletionStage<Void> serve() {
        return capacity.serve(() -> true);
    }

    @Test
    void shouldServeAtOnceWithoutHoldingAnythingWhileUnlimited() {
        CompletionStage<Void> served = serve();

        assertThat(served.toCompletableFuture()).isDone();
        assertThat(work).isEmpty();
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(0, 0));
    }

    @Test
    void shouldHoldEachRequestForTheServiceTimeAndQueueThoseBeyondTheSlots() {
        capacity.limit(new ServiceCapacity.Limit(2, SERVICE_TIME));

        CompletableFuture<Void> first = serve().toCompletableFuture();
        CompletableFuture<Void> second = serve().toCompletableFuture();
        CompletableFuture<Void> third = serve().toCompletableFuture();

        assertThat(serviceTimes).containsExactly(SERVICE_TIME, SERVICE_TIME);
        assertThat(first).isNotDone();
        assertThat(third).isNotDone();
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(2, 1));

        work.get(1).complete(null);

        assertThat(second).isDone();
        assertThat(first).isNotDone();
        assertThat(serviceTimes).hasSize(3);
        assertThat(third).isNotDone();
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(2, 0));
    }

    @Test
    void shouldGrantSlotsFirstComeFirstServed() {
        capacity.limit(new ServiceCapacity.Limit(1, SERVICE_TIME));
        List<Integer> order = new ArrayList<>();
        serve();
        for (int i = 1; i <= 3; i++) {
            int position = i;
            capacity.serve(() -> {
                order.add(position);
                return true;
            });
        }

        for (int i = 0; i < 3; i++) {
            work.get(i).complete(null);
        }

        assertThat(order).containsExactly(1, 2, 3);
    }

    @Test
    void shouldGiveTheSlotBackWithoutTheWorkWhenTheCallerNoLongerWantsIt() {
        capacity.limit(new ServiceCapacity.Limit(1, SERVICE_TIME));
        serve();
        AtomicBoolean wanted = new AtomicBoolean(true);
        CompletableFuture<Void> abandoned = capacity.serve(wanted::get).toCompletableFuture();
        CompletableFuture<Void> next = serve().toCompletableFuture();
        wanted.set(false);

        work.get(0).complete(null);

        assertThat(abandoned).isDone();
        assertThat(serviceTimes).hasSize(2);
        assertThat(next).isNotDone();
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(1, 0));
    }

    @Test
    void shouldStartWaitingRequestsWhenTheLimitGrows() {
        capacity.limit(new ServiceCapacity.Limit(1, SERVICE_TIME));
        serve();
        serve();
        serve();

        capacity.limit(new ServiceCapacity.Limit(3, Duration.ofMillis(10)));

        assertThat(serviceTimes).containsExactly(SERVICE_TIME, Duration.ofMillis(10), Duration.ofMillis(10));
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(3, 0));
    }

    @Test
    void shouldNotGrantAFreedSlotWhileMoreAreBusyThanALoweredLimitAllows() {
        capacity.limit(new ServiceCapacity.Limit(2, SERVICE_TIME));
        serve();
        serve();
        CompletableFuture<Void> waiting = serve().toCompletableFuture();
        capacity.limit(new ServiceCapacity.Limit(1, SERVICE_TIME));

        work.get(0).complete(null);

        assertThat(waiting).isNotDone();
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(1, 1));

        work.get(1).complete(null);

        assertThat(serviceTimes).hasSize(3);
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(1, 0));
    }

    @Test
    void shouldLetEveryWaitingRequestGoWhenUnlimited() {
        capacity.limit(new ServiceCapacity.Limit(1, SERVICE_TIME));
        serve();
        CompletableFuture<Void> waiting = serve().toCompletableFuture();

        capacity.unlimit();

        assertThat(waiting).isDone();
        assertThat(serviceTimes).hasSize(1);
        assertThat(capacity.current()).isEmpty();
        work.get(0).complete(null);
        assertThat(capacity.load()).isEqualTo(new ServiceCapacity.Load(0, 0));
    }

    @Test
    void shouldRejectALimitOutOfRangeNamingTheField() {
        ApiException noSlots = catchThrowableOfType(ApiException.class,
                () -> new ServiceCapacity.Limit(0, SERVICE_TIME));
        ApiException noTime = catchThrowableOfType(ApiException.class,
                () -> new ServiceCapacity.Limit(4, Duration.ZERO));
        ApiException tooLong = catchThrowableOfType(ApiException.class,
                () -> new ServiceCapacity.Limit(4, Duration.ofSeconds(61)));

        assertThat(noSlots.getMessage()).contains("slots", "1 to 10000", "0");
        assertThat(noTime.getMessage()).contains("serviceTimeMs", "above 0");
        assertThat(tooLong.getMessage()).contains("serviceTimeMs", "61000");
        assertThat(noSlots.status()).isEqualTo(tooLong.status()).isBetween(400, 499);
    }
}
