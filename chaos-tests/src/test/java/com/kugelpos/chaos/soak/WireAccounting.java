package com.kugelpos.chaos.soak;

import com.kugelpos.chaos.report.ScenarioTimeline;
import com.kugelpos.chaos.report.TimelineEvent;
import com.kugelpos.chaos.report.TimelineEvent.Kind;
import com.kugelpos.chaos.support.ChaosRig;
import com.kugelpos.chaos.support.KugelposCalls;
import com.kugelpos.reference.Service;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Per route of the soak (one route per service), the attempts the client counted against the
 * requests the provider counted: attempts in all, those that never reached a server (refused or
 * timed-out connects), and the provider's requests. A difference comes from the wire below the
 * client: requests a proxy reset before forwarding them (counted by the client, not the provider)
 * and the JDK's own re-send of a GET on a kept-alive connection that closed before the answer
 * (counted by the provider, not the client).
 *
 * @param route the provider's route key
 * @param attempts attempts the client reported
 * @param neverSent of those, the ones that never reached a server
 * @param providerRequests requests the provider counted on the route
 */
record WireAccounting(String route, long attempts, long neverSent, long providerRequests) {

    private static final Set<String> NEVER_SENT = Set.of("connection refused", "connect timeout");

    /** The two routes of the soak, from the timeline's attempts and the providers' counters. */
    static List<WireAccounting> of(ScenarioTimeline timeline, ChaosRig rig, long itemBefore, long journalBefore) {
        return List.of(
                of(timeline, Service.MASTER_DATA, KugelposCalls.ITEM_ROUTE,
                        rig.provider(Service.MASTER_DATA).requestCount(KugelposCalls.ITEM_ROUTE) - itemBefore),
                of(timeline, Service.JOURNAL, KugelposCalls.JOURNAL_ROUTE,
                        rig.provider(Service.JOURNAL).requestCount(KugelposCalls.JOURNAL_ROUTE) - journalBefore));
    }

    private static WireAccounting of(ScenarioTimeline timeline, Service service, String route, long providerRequests) {
        List<TimelineEvent> attempts = timeline.events(Kind.ATTEMPT, service.serviceName());
        long neverSent = attempts.stream().filter(a -> a.label() != null && NEVER_SENT.contains(a.label())).count();
        return new WireAccounting(route, attempts.size(), neverSent, providerRequests);
    }

    /** Attempts that reached the wire as far as the client can tell. */
    long sent() {
        return attempts - neverSent;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: client attempts %d (never sent %d, sent %d), provider requests %d,"
                + " difference %+d", route, attempts, neverSent, sent(), providerRequests, providerRequests - sent());
    }
}
