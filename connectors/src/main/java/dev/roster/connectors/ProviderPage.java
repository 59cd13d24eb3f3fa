package dev.roster.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.trace.Exchange;
import java.util.List;

/**
 * One page as the provider gave it: the mapped items (each with its {@code remote_data}), the provider's
 * body ({@code raw}, as received; for LDAP the entries rendered as JSON), the provider's next cursor
 * (null on the last page) and the exchange that fetched it.
 */
public record ProviderPage<T>(List<T> items, JsonNode raw, String nextCursor, Exchange exchange) {
    public ProviderPage {
        items = List.copyOf(items);
    }
}
