package com.kugelpos.reference.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.kugelpos.reference.auth.TerminalDirectory;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.fixtures.DataStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Finds terminals in the service's own data (every service but cart). Thread-safe. */
public final class LocalTerminalDirectory implements TerminalDirectory {

    private final DataStore data;

    /** @param data the data holding the {@link DataStore#TERMINALS} table */
    public LocalTerminalDirectory(DataStore data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public CompletionStage<Optional<TerminalInfo>> find(String terminalId, String presentedKey) {
        String tenantId = terminalId.split("-", 2)[0];
        return CompletableFuture.completedFuture(
                data.table(DataStore.TERMINALS).get(tenantId, terminalId).map(LocalTerminalDirectory::toInfo));
    }

    /** The authentication view of a terminal record in its API shape. */
    public static TerminalInfo toInfo(JsonNode terminal) {
        return new TerminalInfo(
                terminal.path("terminalId").asText(),
                terminal.path("tenantId").asText(),
                terminal.path("storeCode").asText(),
                terminal.path("terminalNo").asInt(),
                terminal.path("apiKey").asText(null));
    }
}
