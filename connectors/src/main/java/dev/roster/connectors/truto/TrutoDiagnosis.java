package dev.roster.connectors.truto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpTransport;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

// feature: connection-check
/**
 * Truto's "test connection": one group through the unified API (Truto and the integrated account's directory
 * reached, the API token accepted), the integrated account itself from the Admin API
 * ({@code GET /integrated-account/{id}}: its status, whether it is a sandbox that refuses writes), one user.
 * The account's {@code context} holds the customer's variables and is never shown.
 */
final class TrutoDiagnosis {
    private final TrutoSettings settings;
    private final HttpTransport transport;
    private final Function<String, URI> unified;

    TrutoDiagnosis(TrutoSettings settings, HttpTransport transport, Function<String, URI> unified) {
        this.settings = settings;
        this.transport = transport;
        this.unified = unified;
    }

    List<Check> run() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("Truto", () -> transport.send(ApiRequest.get(unified.apply("groups"))).json());
        probe.tls(transport.peerCertificate(), "not encrypted: " + settings.baseUrl() + " is plain http");
        probe.authenticatedAs("the API token was accepted for the integrated account " + settings.integratedAccountId(),
                Map.of("integrated_account_id", settings.integratedAccountId()));
        probe.check(ConnectionReport.PERMISSIONS, this::account);
        probe.check(ConnectionReport.GROUPS, () -> Check.ok(ConnectionReport.GROUPS, "may list groups", Map.of()));
        probe.check(ConnectionReport.USERS, () -> {
            transport.send(ApiRequest.get(unified.apply("users"))).json();
            return Check.ok(ConnectionReport.USERS, "may list users", Map.of());
        });
        return probe.checks();
    }

    private Check account() {
        URI uri = ApiUrl.base(settings.baseUrl()).path("integrated-account", settings.integratedAccountId()).toUri();
        JsonNode account = transport.send(ApiRequest.get(uri)).json();
        String status = account.path("status").asText("unknown");
        boolean sandbox = account.path("is_sandbox").asBoolean(false);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("integrated_account_id", account.path("id").asText(settings.integratedAccountId()));
        details.put("tenant_id", account.path("tenant_id").asText(null));
        details.put("status", status);
        details.put("is_sandbox", Boolean.toString(sandbox));
        details.put("authentication_method", account.path("authentication_method").asText(null));
        details.put("region", account.path("region").asText(null));
        String lastError = account.path("last_error").isTextual() ? account.path("last_error").asText() : null;
        details.put("last_error", lastError);
        String tenant = account.path("tenant_id").isTextual() ? " of tenant " + account.path("tenant_id").asText() : "";
        if (!"active".equals(status)) {
            return Check.warning(ConnectionReport.PERMISSIONS, "the integrated account" + tenant + " is " + status
                    + (lastError == null ? "" : " (" + lastError + ")") + ": reconnect it in Truto", details);
        }
        if (sandbox) {
            return Check.warning(ConnectionReport.PERMISSIONS, "the integrated account" + tenant
                    + " is a sandbox: it may read, but Truto refuses every write (405)", details);
        }
        return Check.ok(ConnectionReport.PERMISSIONS, "the integrated account" + tenant + " is active (not a sandbox: writes go to the directory, which decides)", details);
    }
}
