package com.kugelpos.chaos.toxiproxy;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ToxiproxyContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The pinned Toxiproxy image in a container started by Testcontainers, with access to this machine's
 * ports so proxies reach services listening on {@code 127.0.0.1}.
 */
final class DockerToxiproxy implements ServerBackend {

    private static final Logger LOG = LoggerFactory.getLogger(DockerToxiproxy.class);

    private final ToxiproxyContainer container;
    private final ServerAddress address;

    private DockerToxiproxy(ToxiproxyContainer container) {
        this.container = container;
        this.address = new ServerAddress(ServerSource.DOCKER,
                URI.create("http://" + container.getHost() + ":" + container.getControlPort()), new ContainerRouting(container));
    }

    /** Whether a Docker engine answers; false quickly where there is none. */
    static boolean available() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /**
     * Starts the container and waits until it is ready.
     *
     * @throws ToxiproxyUnavailableException when the container cannot start
     */
    static DockerToxiproxy start() {
        ToxiproxyContainer container =
                new ToxiproxyContainer(DockerImageName.parse(ToxiproxyRelease.IMAGE)).withAccessToHost(true);
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new ToxiproxyUnavailableException(
                    "Docker answers but the container " + ToxiproxyRelease.IMAGE + " did not start: " + e.getMessage()
                            + ". " + ToxiproxyRelease.HOW_TO_GET_ONE,
                    e);
        }
        DockerToxiproxy server = new DockerToxiproxy(container);
        LOG.info("Started container {} with the Toxiproxy API at {}", ToxiproxyRelease.IMAGE, server.address.controlUrl());
        return server;
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        container.stop();
    }
}
