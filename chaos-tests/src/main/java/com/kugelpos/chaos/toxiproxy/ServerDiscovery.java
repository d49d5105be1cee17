package com.kugelpos.chaos.toxiproxy;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Decides where the Toxiproxy server comes from: {@code TOXIPROXY_URL} if set, else Docker if an
 * engine answers, else a local binary. It only decides; {@link SharedServer} acts on the choice.
 */
final class ServerDiscovery {

    private final Function<String, String> settings;
    private final BooleanSupplier dockerAvailable;

    /**
     * @param settings reads a setting by name, {@code null} when unset
     * @param dockerAvailable answers whether a Docker engine can run containers; asked only when
     *     {@code TOXIPROXY_URL} is unset
     */
    ServerDiscovery(Function<String, String> settings, BooleanSupplier dockerAvailable) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dockerAvailable = Objects.requireNonNull(dockerAvailable, "dockerAvailable");
    }

    /** The source to use, with the external URL when that is the choice. */
    Choice choose() {
        String url = settings.apply(Settings.URL);
        if (url != null && !url.isBlank()) {
            return new Choice(ServerSource.EXTERNAL_URL, url.trim());
        }
        if (dockerAvailable.getAsBoolean()) {
            return new Choice(ServerSource.DOCKER, null);
        }
        return new Choice(ServerSource.LOCAL_BINARY, null);
    }

    /**
     * A decision.
     *
     * @param source where the server comes from
     * @param externalUrl the {@code TOXIPROXY_URL} value for {@link ServerSource#EXTERNAL_URL}, else {@code null}
     */
    record Choice(ServerSource source, String externalUrl) {}
}
