package com.kugelpos.perf.gatling.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldConnectionsTest {

    @Test
    void countsTheConnectionsClientsHoldAndNotThoseTheyClosed() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                HeldConnections held = HeldConnections.watch(server.getLocalPort())) {
            List<Socket> clients = new ArrayList<>();
            List<Socket> accepted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clients.add(new Socket(server.getInetAddress(), server.getLocalPort()));
                accepted.add(server.accept());
            }
            assertThat(held.held()).isEqualTo(3);

            clients.get(0).close();
            clients.get(1).close();

            // the server still has both sockets open (CLOSE_WAIT): they are not held by a client any more
            assertThat(held.held()).isEqualTo(1);
            held.reset();
            assertThat(held.peak()).isEqualTo(1);
            clients.get(2).close();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
