package com.kugelpos.reference;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.reference.auth.ApiKeyAuth;
import com.kugelpos.reference.auth.Authenticator;
import com.kugelpos.reference.auth.TerminalDirectory;
import com.kugelpos.reference.auth.TokenVerifier;
import com.kugelpos.reference.auth.Tokens;
import com.kugelpos.reference.cart.CartService;
import com.kugelpos.reference.cart.UpstreamItemCatalog;
import com.kugelpos.reference.cart.UpstreamTerminalDirectory;
import com.kugelpos.reference.common.AdminRoutes;
import com.kugelpos.reference.common.DataAdminRoutes;
import com.kugelpos.reference.common.CommonRoutes;
import com.kugelpos.reference.common.LocalTerminalDirectory;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.delivery.DeliveryReporter;
import com.kugelpos.reference.delivery.DeliveryRoutes;
import com.kugelpos.reference.fixtures.Fixtures;
import com.kugelpos.reference.http.Behaviours;
import com.kugelpos.reference.http.ReferenceServer;
import com.kugelpos.reference.http.RequestPipeline;
import com.kugelpos.reference.http.Router;
import com.kugelpos.reference.http.ServiceCapacity;
import com.kugelpos.reference.idempotency.IdempotencyStore;
import com.kugelpos.reference.journal.JournalService;
import com.kugelpos.reference.masterdata.MasterDataService;
import com.kugelpos.reference.report.ReportService;
import com.kugelpos.reference.stock.StockService;
import com.kugelpos.reference.terminal.TerminalService;
import java.time.Duration;

/** Builds and starts one service: server, context, routes, authentication and upstream clients. */
final class ServiceAssembly {

    /** How long a stored {@code Idempotency-Key} response is replayed. */
    static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);

    private ServiceAssembly() {}

    /**
     * Starts {@code service}.
     *
     * @param clients the upstream clients (cart, journal, report and stock use them)
     */
    static RunningService start(Service service, ServicesConfig config, ServiceClients clients) {
        ReferenceServer server = new ReferenceServer(
                service.serviceName(), config.host(), config.port(service), config.maxThreads());
        Tokens tokens = new Tokens(config.secret(), config.clock());
        Behaviours behaviours = new Behaviours();
        ServiceCapacity capacity = new ServiceCapacity(server.delayer());
        ServiceContext context = new ServiceContext(
                service, config.clock(), Fixtures.load(), tokens, server.stats(), behaviours, capacity);
        Router router = new Router();
        new CommonRoutes(context).register(router);
        new AdminRoutes(context).register(router);
        new DataAdminRoutes(context).register(router);
        TerminalDirectory directory = new LocalTerminalDirectory(context.data());
        switch (service) {
            case TERMINAL -> new TerminalService(context).register(router);
            case MASTER_DATA -> new MasterDataService(context).register(router);
            case CART -> {
                directory = new UpstreamTerminalDirectory(clients.client(Service.TERMINAL.serviceName()), config.clock());
                new CartService(context, new UpstreamItemCatalog(
                        clients.client(Service.MASTER_DATA.serviceName()), tokens, config.clock(), config.itemCacheTtl()))
                        .register(router);
            }
            case JOURNAL -> new JournalService(context).register(router);
            case REPORT -> new ReportService(context).register(router);
            case STOCK -> new StockService(context).register(router);
            default -> throw new IllegalArgumentException("no assembly for " + service);
        }
        if (service == Service.JOURNAL || service == Service.REPORT || service == Service.STOCK) {
            DeliveryReporter reporter = new DeliveryReporter(
                    service.serviceName(), clients.client(Service.CART.serviceName()), tokens);
            new DeliveryRoutes(context, reporter).register(router);
        }
        Authenticator authenticator = new Authenticator(
                new ApiKeyAuth(directory), new TokenVerifier(config.secret(), config.clock()));
        RequestPipeline pipeline = new RequestPipeline(
                router,
                authenticator,
                new IdempotencyStore(config.clock(), IDEMPOTENCY_TTL),
                behaviours,
                capacity,
                server.stats(),
                server.delayer());
        server.start(pipeline, config.maxBodyBytes());
        return new RunningService(service, server, context, clients);
    }
}
