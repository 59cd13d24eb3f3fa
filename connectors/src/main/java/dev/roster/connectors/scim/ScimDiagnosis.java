package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.HttpTransport;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

// feature: connection-check
/**
 * SCIM's "test connection": one group (reachable, the token accepted, may read groups), the server's
 * {@code /ServiceProviderConfig} (RFC 7643 section 5: whether it supports PATCH, which membership changes need,
 * filters and bulk), one user. SCIM has no standard way to ask whose token it is ({@code /Me} is optional and
 * needs a user token), so "authenticated" says the token was accepted.
 */
final class ScimDiagnosis {
    private final HttpTransport transport;
    private final Function<String, URI> url;
    private final URI base;

    ScimDiagnosis(HttpTransport transport, URI base, Function<String, URI> url) {
        this.transport = transport;
        this.base = base;
        this.url = url;
    }

    List<Check> run() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("The SCIM server", () -> transport.send(ApiRequest.get(url.apply("Groups?startIndex=1&count=1"))).json());
        probe.tls(transport.peerCertificate(), "not encrypted: " + base + " is plain http");
        probe.authenticatedAs("the bearer token was accepted (SCIM does not say whose token it is)", Map.of());
        probe.check(ConnectionReport.PERMISSIONS, this::features);
        probe.check(ConnectionReport.GROUPS, () -> Check.ok(ConnectionReport.GROUPS, "may list groups", Map.of()));
        probe.check(ConnectionReport.USERS, () -> {
            transport.send(ApiRequest.get(url.apply("Users?startIndex=1&count=1"))).json();
            return Check.ok(ConnectionReport.USERS, "may list users", Map.of());
        });
        return probe.checks();
    }

    /** The server's features: PATCH is what Roster's membership changes send, so without it they cannot work. */
    private Check features() {
        JsonNode config = transport.send(ApiRequest.get(url.apply("ServiceProviderConfig"))).json();
        boolean patch = config.path("patch").path("supported").asBoolean(false);
        boolean filter = config.path("filter").path("supported").asBoolean(false);
        boolean bulk = config.path("bulk").path("supported").asBoolean(false);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("patch", Boolean.toString(patch));
        details.put("filter", Boolean.toString(filter));
        if (filter && config.path("filter").has("maxResults")) {
            details.put("filter_max_results", config.path("filter").path("maxResults").asText());
        }
        details.put("bulk", Boolean.toString(bulk));
        if (bulk && config.path("bulk").has("maxOperations")) {
            details.put("bulk_max_operations", config.path("bulk").path("maxOperations").asText());
        }
        details.put("sort", Boolean.toString(config.path("sort").path("supported").asBoolean(false)));
        details.put("etag", Boolean.toString(config.path("etag").path("supported").asBoolean(false)));
        String summary = "the server supports " + (patch ? "PATCH" : "no PATCH") + ", " + (filter ? "filters" : "no filters") + ", "
                + (bulk ? "bulk" : "no bulk") + " (ServiceProviderConfig; what this token may write shows at the first write)";
        return patch ? Check.ok(ConnectionReport.PERMISSIONS, summary, details)
                : Check.warning(ConnectionReport.PERMISSIONS, summary + ": members cannot be added or removed without PATCH", details);
    }
}
