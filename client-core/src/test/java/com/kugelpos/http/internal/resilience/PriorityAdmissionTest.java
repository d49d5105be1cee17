package com.kugelpos.http.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.testing.FakeTimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PriorityAdmissionTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final long MS = 1_000_000;

    private final FakeTimeSource time = new FakeTimeSource();
    private final GradientLimit limit = new GradientLimit(10, 4, 10);
    private final PriorityAdmission admission = new PriorityAdmission(limit, 50, time);

    @Test
    void shouldShedLowPriorityOnceItsShareIsFullAndLetHighPriorityFillTheRest() {
        List<PriorityAdmission.Place> low = admitAll(CallPriority.LOW, 5);

        assertThat(admission.admit(CallPriority.LOW, DEADLINE)).isCompletedWithValue(Optional.empty());
        List<PriorityAdmission.Place> high = admitAll(CallPriority.HIGH, 5);

        assertThat(low).hasSize(5);
        assertThat(high).hasSize(5);
        assertThat(admission.inFlight()).isEqualTo(10);
    }

    @Test
    void shouldShedHighPriorityAtOnceOverTheLimitWhileNoLatencyIsKnown() {
        admitAll(CallPriority.HIGH, 10);

        assertThat(admission.admit(CallPriority.HIGH, DEADLINE)).isCompletedWithValue(Optional.empty());
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void shouldLetAWaitingHighPriorityAttemptTakeThePlaceOfTheNextOneToEnd() {
        limit.onAttempt(20 * MS, false, 1);
        List<PriorityAdmission.Place> full = admitAll(CallPriority.HIGH, 10);

        CompletableFuture<Optional<PriorityAdmission.Place>> waiting = admission.admit(CallPriority.HIGH, DEADLINE);
        assertThat(waiting).isNotDone();
        assertThat(time.scheduledDelays()).containsExactly(Duration.ofMillis(20));
        assertThat(full.get(0).release()).isEqualTo(10);

        assertThat(waiting.join()).isPresent();
        assertThat(admission.inFlight()).isEqualTo(10);
        assertThat(admission.waiting()).isZero();
        assertThat(time.pendingTasks()).as("its wait timer is cancelled").isZero();
    }

    @Test
    void shouldShedAWaitingHighPriorityAttemptWhenNoPlaceFreesWithinTheShortLatencyAverage() {
        limit.onAttempt(20 * MS, false, 1);
        admitAll(CallPriority.HIGH, 10);
        CompletableFuture<Optional<PriorityAdmission.Place>> waiting = admission.admit(CallPriority.HIGH, DEADLINE);

        time.advance(Duration.ofMillis(19));
        assertThat(waiting).isNotDone();
        time.advance(Duration.ofMillis(1));

        assertThat(waiting).isCompletedWithValue(Optional.empty());
        assertThat(admission.waiting()).isZero();
        assertThat(admission.inFlight()).isEqualTo(10);
    }

    @Test
    void shouldNeverWaitPastTheCallsDeadline() {
        limit.onAttempt(20 * MS, false, 1);
        admitAll(CallPriority.HIGH, 10);

        admission.admit(CallPriority.HIGH, Duration.ofMillis(3));

        assertThat(time.scheduledDelays()).containsExactly(Duration.ofMillis(3));
    }

    @Test
    void shouldShedLowPriorityWhileAHighPriorityAttemptWaitsEvenUnderItsShare() {
        GradientLimit small = new GradientLimit(2, 1, 2);
        small.onAttempt(20 * MS, false, 1);
        PriorityAdmission twoPlaces = new PriorityAdmission(small, 100, time);
        PriorityAdmission.Place first = twoPlaces.admit(CallPriority.HIGH, DEADLINE).join().orElseThrow();
        twoPlaces.admit(CallPriority.HIGH, DEADLINE).join().orElseThrow();
        CompletableFuture<Optional<PriorityAdmission.Place>> waiting = twoPlaces.admit(CallPriority.HIGH, DEADLINE);

        first.release();

        assertThat(waiting.join()).isPresent();
        assertThat(twoPlaces.admit(CallPriority.LOW, DEADLINE)).isCompletedWithValue(Optional.empty());
    }

    @Test
    void shouldLeaveTheLineWhenTheWaitIsCancelledAndGiveTheNextPlaceToTheLimit() {
        limit.onAttempt(20 * MS, false, 1);
        List<PriorityAdmission.Place> full = admitAll(CallPriority.HIGH, 10);
        CompletableFuture<Optional<PriorityAdmission.Place>> waiting = admission.admit(CallPriority.HIGH, DEADLINE);

        waiting.cancel(false);
        full.get(0).release();

        assertThat(admission.waiting()).isZero();
        assertThat(admission.inFlight()).isEqualTo(9);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void shouldCountOnlyTheFirstReleaseOfAPlace() {
        PriorityAdmission.Place place = admitAll(CallPriority.HIGH, 2).get(0);

        place.release();
        place.release();

        assertThat(admission.inFlight()).isEqualTo(1);
    }

    private List<PriorityAdmission.Place> admitAll(CallPriority priority, int count) {
        List<PriorityAdmission.Place> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            places.add(admission.admit(priority, DEADLINE).join().orElseThrow());
        }
        return places;
    }
}
