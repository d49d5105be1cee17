package com.kugelpos.reference;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.http.ReferenceServer;

/** One started service with what it owns: its server and its upstream clients. */
record RunningService(Service service, ReferenceServer server, ServiceContext context, ServiceClients clients)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            clients.close();
        }
    }
}
