package dev.roster.connectors;

/** One unified object and what the provider sent for it. */
public record ItemResult<T>(Operation operation, T item, ProviderResult<T> provider) {
}
