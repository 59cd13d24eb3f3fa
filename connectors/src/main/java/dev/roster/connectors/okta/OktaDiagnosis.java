package dev.roster.connectors.okta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.JwtClaims;
import dev.roster.connectors.http.QueryString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// feature: connection-check
/**
 * Okta's "test connection": one group (reachable, may read groups), the token's user ({@code /users/me}: who the
 * API token acts as), that user's admin roles ({@code /users/{id}/roles}), or for an OAuth access token its
 * {@code scp} claim; one user (may read users).
 */
final class OktaDiagnosis {
    private static final List<String> MANAGE_GROUPS = List.of("SUPER_ADMIN", "ORG_ADMIN", "GROUP_MEMBERSHIP_ADMIN", "USER_ADMIN");

    private final OktaSettings settings;
    private final HttpTransport transport;

    OktaDiagnosis(OktaSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    List<Check> run() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("Okta", () -> get(settings.url("api", "v1", "groups").query(QueryString.create().add("limit", 1)).toUri()));
        probe.tls(transport.peerCertificate(), "not encrypted: " + settings.baseUrl() + " is plain http");
        Optional<JwtClaims> claims = bearerClaims();
        Optional<JsonNode> me = Optional.empty();
        if (probe.authenticated()) {
            if (claims.isPresent()) {
                Map<String, String> details = new LinkedHashMap<>();
                claims.get().text("sub").ifPresent(s -> details.put("subject", s));
                claims.get().text("cid").ifPresent(s -> details.put("client_id", s));
                probe.authenticatedAs("with an OAuth 2.0 access token" + claims.get().text("sub").map(s -> " for " + s).orElse(""), details);
            } else {
                try {
                    me = Optional.of(get(settings.url("api", "v1", "users", "me").toUri()));
                    String login = me.get().path("profile").path("login").asText("?");
                    probe.authenticatedAs("as " + login + " (the API token's user)", Map.of("login", login, "user_id", me.get().path("id").asText("")));
                } catch (DirectoryException e) {
                    probe.add(Check.failed(ConnectionReport.AUTHENTICATED, e));
                }
            }
        }
        Optional<JsonNode> user = me;
        probe.check(ConnectionReport.PERMISSIONS, () -> claims.map(OktaDiagnosis::scopes).orElseGet(() -> roles(user)));
        // the first call read a page of groups
        probe.check(ConnectionReport.GROUPS, () -> Check.ok(ConnectionReport.GROUPS, "may list groups", Map.of()));
        probe.check(ConnectionReport.USERS, () -> {
            get(settings.url("api", "v1", "users").query(QueryString.create().add("limit", 1)).toUri());
            return Check.ok(ConnectionReport.USERS, "may list users", Map.of());
        });
        return probe.checks();
    }

    private Check roles(Optional<JsonNode> me) {
        if (me.isEmpty()) {
            return Check.notChecked(ConnectionReport.PERMISSIONS, "not checked: Okta did not say whose token this is");
        }
        JsonNode roles = transport.send(ApiRequest.get(settings.url("api", "v1", "users", me.get().path("id").asText(), "roles").toUri())).jsonArray();
        List<String> types = new ArrayList<>();
        roles.forEach(r -> types.add(r.path("type").asText("?")));
        Map<String, String> details = Map.of("admin_roles", String.join(", ", types));
        if (types.isEmpty()) {
            return Check.warning(ConnectionReport.PERMISSIONS, "the token's user has no admin role: it may read little and change nothing", details);
        }
        boolean writes = types.stream().anyMatch(MANAGE_GROUPS::contains);
        return writes ? Check.ok(ConnectionReport.PERMISSIONS, "admin roles " + String.join(", ", types) + ": may manage groups and members", details)
                : Check.warning(ConnectionReport.PERMISSIONS, "admin roles " + String.join(", ", types)
                        + ": may read, but not change groups or members", details);
    }

    private static Check scopes(JwtClaims claims) {
        List<String> scopes = claims.list("scp");
        Map<String, String> details = Map.of("scopes", String.join(" ", scopes));
        if (scopes.isEmpty()) {
            return Check.notChecked(ConnectionReport.PERMISSIONS, "the access token names no scopes");
        }
        boolean writes = scopes.contains("okta.groups.manage");
        return writes ? Check.ok(ConnectionReport.PERMISSIONS, "token scopes " + String.join(" ", scopes), details)
                : Check.warning(ConnectionReport.PERMISSIONS, "token scopes " + String.join(" ", scopes)
                        + ": without okta.groups.manage it cannot create groups or change members", details);
    }

    private Optional<JwtClaims> bearerClaims() {
        return settings.auth() instanceof Auth.Scheme s && OktaSettings.BEARER.equals(s.scheme()) ? JwtClaims.of(s.token()) : Optional.empty();
    }

    private JsonNode get(java.net.URI uri) {
        return transport.send(ApiRequest.get(uri)).json();
    }

}
