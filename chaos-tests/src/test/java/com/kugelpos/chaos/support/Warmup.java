package com.kugelpos.chaos.support;

import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.discovery.ServiceResolver;
import com.kugelpos.reference.ReferenceServices;
import com.kugelpos.reference.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Warms this JVM up once before the first scenario: the first calls of a fresh JVM load and compile
 * the client, the JSON mapper and the services, and take longer than the suites' shortened response
 * timeout. Direct calls (no proxy, default settings) to services started only for this.
 */
final class Warmup {

    private static final int ROUNDS = 15;
    private static final int CALLS_AT_ONCE = 4;
    private static boolean done;

    private Warmup() {}

    /** Runs the warm-up calls unless this JVM has run them already. */
    static synchronized void once() {
        if (done) {
            return;
        }
        long start = System.nanoTime();
        try (ReferenceServices services = RunningRig.startServices();
                ServiceClients clients = ServiceClients.builder()
                        .resolver(ServiceResolver.fixed(Map.of(
                                "master-data", List.of(services.url(Service.MASTER_DATA)),
                                "journal", List.of(services.url(Service.JOURNAL)))))
                        .build()) {
            ServiceClient masterData = clients.client("master-data");
            ServiceClient journal = clients.client("journal");
            for (int round = 0; round < ROUNDS; round++) {
                List<CompletableFuture<?>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS_AT_ONCE; i++) {
                    int receipt = round * CALLS_AT_ONCE + i;
                    calls.add(KugelposCalls.itemDetails(masterData).thenApply(r -> r.data().path("itemCode")));
                    calls.add(KugelposCalls.postJournal(journal, receipt, i % 2 == 0 ? null : "warmup-" + receipt));
                }
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            }
        }
        done = true;
        System.out.printf("Warm-up: %d calls in %d ms%n", ROUNDS * CALLS_AT_ONCE * 2, (System.nanoTime() - start) / 1_000_000);
    }
}
