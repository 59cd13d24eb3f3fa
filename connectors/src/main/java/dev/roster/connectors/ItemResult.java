package dev.roster.connectors;

/**
 * One unified object and what the provider sent for it; {@code rateLimit} is the provider's rate-limit window
 * as last reported on this connection (null: never).
 */
public record ItemResult<T>(Operation operation, T item, ProviderResult<T> provider, DirectorySignal.RateLimited rateLimit) {
    public ItemResult(Operation operation, T item, ProviderResult<T> provider) {
        this(operation, item, provider, null);
    }
}
