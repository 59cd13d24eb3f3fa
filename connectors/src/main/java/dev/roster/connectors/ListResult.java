package dev.roster.connectors;

import dev.roster.connectors.model.Page;

/**
 * One unified page ({@code page}, with Roster's opaque next cursor) and what the provider sent for it.
 * {@code looping}: the provider handed back a cursor it had already given, so paging stopped here.
 * {@code rateLimit}: the provider's rate-limit window as last reported on this connection (null: never).
 */
public record ListResult<T>(Operation operation, Page<T> page, ProviderPage<T> provider, boolean looping,
                            DirectorySignal.RateLimited rateLimit) {
    public ListResult(Operation operation, Page<T> page, ProviderPage<T> provider, boolean looping) {
        this(operation, page, provider, looping, null);
    }
}
