package com.kugelpos.perf.jmh;

import com.kugelpos.http.ServiceClients;
import com.kugelpos.http.internal.ServiceChannel;
import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.util.Map;

/**
 * Puts a {@link CannedHttpClient} under a real client-core pipeline, so the benchmark measures
 * everything client-core does per call but the network.
 *
 * <p>client-core has no transport seam: {@code ServiceChannel} builds its JDK client itself. Until
 * it has one (a package-private transport given to the channel), this reaches the two private
 * fields by reflection. If client-core renames them, the benchmark smoke fails with a message
 * saying so, rather than measuring something else.
 */
final class TransportSwap {

    private TransportSwap() {}

    /** Opens {@code service}'s channel in {@code clients} and makes {@code transport} carry its calls. */
    static void install(ServiceClients clients, String service, HttpClient transport) {
        clients.client(service).close();
        Map<?, ?> channels = (Map<?, ?>) read(field(ServiceClients.class, "channels"), clients);
        ServiceChannel channel = (ServiceChannel) channels.get(service);
        Field http = field(ServiceChannel.class, "http");
        try {
            http.set(channel, transport);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot replace ServiceChannel.http: " + e.getMessage(), e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field + ": " + e.getMessage(), e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(owner.getName() + " has no field '" + name + "' any more: update "
                    + TransportSwap.class.getName() + " to client-core's transport seam", e);
        }
    }
}
