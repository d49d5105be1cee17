package com.kugelpos.reference.cart;

import com.kugelpos.http.RequestOptions;
import com.kugelpos.http.ServiceClient;
import com.kugelpos.http.auth.Credentials;
import com.kugelpos.reference.auth.TerminalDirectory;
import com.kugelpos.reference.auth.TerminalInfo;
import com.kugelpos.reference.common.LocalTerminalDirectory;
import com.kugelpos.reference.common.TtlCache;
import com.kugelpos.reference.common.UpstreamFailures;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Cart's terminal lookup for API-key calls (row 1): {@code GET /api/v1/terminals/{terminal_id}}
 * on the terminal service with the caller's {@code X-API-KEY}, cached for {@link #TTL}. A 401 or
 * 404 from terminal means "unknown terminal or wrong key" (empty); any other failure becomes a
 * 502/503/504 through {@link UpstreamFailures}. Thread-safe.
 */
public final class UpstreamTerminalDirectory implements TerminalDirectory {

    /** How long a resolved terminal is cached. */
    public static final Duration TTL = Duration.ofSeconds(300);

    static final String PATH = "/api/v1/terminals/{terminal_id}";

    private final ServiceClient terminal;
    private final TtlCache<String, TerminalInfo> cache;

    /**
     * @param terminal the client of the terminal service
     * @param clock the time source of the cache
     */
    public UpstreamTerminalDirectory(ServiceClient terminal, Clock clock) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.cache = new TtlCache<>(clock, TTL, 10_000);
    }

    @Override
    public CompletionStage<Optional<TerminalInfo>> find(String terminalId, String presentedKey) {
        Optional<TerminalInfo> cached = cache.get(terminalId);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached);
        }
        RequestOptions options = RequestOptions.builder()
                .pathParams(terminalId)
                .query("terminal_id", terminalId)
                .credentials(Credentials.apiKey(presentedKey))
                .build();
        return terminal.get(PATH, options).handle((response, failure) -> {
            if (failure == null) {
                TerminalInfo info = LocalTerminalDirectory.toInfo(response.data());
                cache.put(terminalId, info);
                return Optional.of(info);
            }
            int status = UpstreamFailures.status(failure);
            if (status == 401 || status == 404) {
                return Optional.empty();
            }
            throw UpstreamFailures.toApiException(failure);
        });
    }
}
