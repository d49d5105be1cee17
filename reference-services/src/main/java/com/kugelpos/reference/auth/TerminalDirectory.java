package com.kugelpos.reference.auth;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Finds a terminal for API-key authentication: locally from the fixtures, or (cart) from the
 * terminal service. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TerminalDirectory {

    /**
     * Looks up a terminal.
     *
     * @param terminalId the {@code terminal_id} the caller presented
     * @param presentedKey the API key the caller presented, for directories that must forward it
     * @return the terminal, or empty when it is unknown (the caller then gets 401)
     */
    CompletionStage<Optional<TerminalInfo>> find(String terminalId, String presentedKey);
}
