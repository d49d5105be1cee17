package com.kugelpos.reference;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs reference services standalone until the process is stopped (Ctrl-C or SIGTERM). Options
 * are described in {@link MainOptions}; e.g.
 * {@code java -cp ... com.kugelpos.reference.ReferenceServicesMain --services=cart,master-data,terminal}.
 */
public final class ReferenceServicesMain {

    private static final String LOG_CONFIG_PROPERTY = "logback.configurationFile";

    private ReferenceServicesMain() {}

    /**
     * Starts the services and blocks until shut-down.
     *
     * @param args {@code --name=value} options
     * @throws InterruptedException if interrupted while waiting for shut-down
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(LOG_CONFIG_PROPERTY) == null) {
            System.setProperty(LOG_CONFIG_PROPERTY, "reference-services-logback.xml");
        }
        MainOptions options;
        try {
            options = MainOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("reference-services: " + e.getMessage());
            System.exit(2);
            return;
        }
        Set<Service> services = options.services();
        ReferenceServices running = options.toBuilder().start(services.toArray(Service[]::new));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "reference-services-shutdown"));
        for (Service service : running.services()) {
            System.out.println(service.serviceName() + " listening on " + running.url(service));
        }
        stopped.await();
    }
}
