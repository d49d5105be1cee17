package com.kugelpos.chaos.soak;

import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.reference.Service;
import com.kugelpos.reference.stats.StatsSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Per route of the soak (one route per service), the attempts the client counted against the
 * requests the provider counted. client-core gives every attempt its own {@code traceparent} span,
 * so the provider tells a request re-sent below the client (the JDK re-sends a GET once when a
 * kept-alive connection closes before the answer; no JDK property switches that off) from a new
 * attempt: it counts the request as repeated. What the provider saw once per attempt is then
 * bounded on both sides by the client's counts: at least the attempts the provider answered, at
 * most the attempts that may have reached the provider ({@link #mayHaveReachedProvider()}). The
 * difference is the attempts a proxy fault dropped or reset before the provider read them; they
 * all ended without an answer.
 *
 * @param route the provider's route key
 * @param attempts attempts the client reported
 * @param neverSent of those, the ones that never reached a server (refused or timed-out connects)
 * @param answered of those, the ones that got an HTTP status back
 * @param providerRequests requests the provider counted on the route
 * @param repeated of those, the ones that repeated a recent request's span: re-sent below the client
 */
record WireAccounting(String route, long attempts, long neverSent, long answered, long providerRequests, long repeated) {

    private static final Set<String> NEVER_SENT = Set.of("connection refused", "connect timeout");

    /** The two routes of the soak, from the timeline's attempts and the providers' counters. */
    static List<WireAccounting> of(ScenarioTimeline timeline, ChaosRig rig, StatsSnapshot itemsBefore,
            StatsSnapshot journalsBefore) {
        return List.of(of(timeline, Service.MASTER_DATA, KugelposCalls.ITEM_ROUTE, rig, itemsBefore),
                of(timeline, Service.JOURNAL, KugelposCalls.JOURNAL_ROUTE, rig, journalsBefore));
    }

    private static WireAccounting of(ScenarioTimeline timeline, Service service, String route, ChaosRig rig,
            StatsSnapshot before) {
        StatsSnapshot after = rig.provider(service);
        List<TimelineEvent> attempts = timeline.events(Kind.ATTEMPT, service.serviceName());
        long neverSent = attempts.stream().filter(a -> a.label() != null && NEVER_SENT.contains(a.label())).count();
        long answered = attempts.stream().filter(a -> a.status() > 0).count();
        return new WireAccounting(route, attempts.size(), neverSent, answered,
                after.requestCount(route) - before.requestCount(route),
                after.repeatedRequestCount(route) - before.repeatedRequestCount(route));
    }

    /** Attempts that reached the wire as far as the client can tell. */
    long sent() {
        return attempts - neverSent;
    }

    /**
     * Attempts that may have reached the provider: those sent, and for a GET also those refused. The
     * JDK's own re-send of a GET goes out on a new connection; when that connect is refused, the
     * attempt fails as refused although its first copy reached the provider on the closed one. The
     * JDK never re-sends a POST, so a refused POST was never sent.
     */
    long mayHaveReachedProvider() {
        return route.startsWith("GET ") ? attempts : sent();
    }

    /** Requests the provider saw once per attempt: its requests without the re-sends. */
    long providerAttempts() {
        return providerRequests - repeated;
    }

    /** Attempts that may have reached the provider but did not: dropped or reset by a proxy fault on the way. */
    long lostOnTheWay() {
        return mayHaveReachedProvider() - providerAttempts();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: client attempts %d (never sent %d, sent %d, answered %d); provider"
                + " requests %d = %d attempts + %d re-sent below the client; sent but lost on the way %d", route,
                attempts, neverSent, sent(), answered, providerRequests, providerAttempts(), repeated, lostOnTheWay());
    }
}
