package dev.roster.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.trace.Exchange;

/** One object as the provider gave it, with its raw body and the exchange that fetched or wrote it. */
public record ProviderResult<T>(T item, JsonNode raw, Exchange exchange) {
}
