package dev.roster.connectors.entra;

import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.JwtClaims;
import dev.roster.connectors.http.QueryString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// feature: connection-check
/**
 * Graph's "test connection": one user (the sign-in and Graph reachable, may read users), the access token's
 * claims (the app and tenant it was issued to; the application permissions granted to it are its {@code roles}
 * claim, a pasted delegated token's its {@code scp}), one group. The claims are read from the token this
 * connection already holds, never sent anywhere, and the token itself is never part of the report.
 */
final class EntraDiagnosis {
    /** Application permissions under which Graph lets an app add and remove group members. */
    private static final List<String> MEMBER_WRITERS = List.of("GroupMember.ReadWrite.All", "Group.ReadWrite.All",
            "Directory.ReadWrite.All");

    private final HttpTransport graph;
    private final GraphPaths paths;
    private final Auth auth;

    EntraDiagnosis(HttpTransport graph, GraphPaths paths, Auth auth) {
        this.graph = graph;
        this.paths = paths;
        this.auth = auth;
    }

    List<Check> run() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("Microsoft Graph", () -> graph.send(ApiRequest.get(QueryString.replace(paths.users(), "$top", "1"))).json());
        probe.tls(graph.peerCertificate(), "not encrypted: Graph is reached over plain http");
        Optional<JwtClaims> claims = probe.authenticated() ? auth.authorization().map(h -> h.replaceFirst("^Bearer ", ""))
                .flatMap(JwtClaims::of) : Optional.empty();
        probe.authenticatedAs(claims.map(EntraDiagnosis::who).orElse("the access token was accepted"),
                claims.map(EntraDiagnosis::identity).orElse(Map.of()));
        probe.check(ConnectionReport.PERMISSIONS, () -> claims.map(EntraDiagnosis::permissions)
                .orElse(Check.notChecked(ConnectionReport.PERMISSIONS, "the access token is not a JWT whose claims Roster can read")));
        probe.check(ConnectionReport.GROUPS, () -> {
            graph.send(ApiRequest.get(QueryString.replace(paths.groups(), "$top", "1"))).json();
            return Check.ok(ConnectionReport.GROUPS, "may list groups", Map.of());
        });
        probe.check(ConnectionReport.USERS, () -> Check.ok(ConnectionReport.USERS, "may list users", Map.of()));
        return probe.checks();
    }

    private static String who(JwtClaims c) {
        String tenant = c.text("tid").map(t -> " in tenant " + t).orElse("");
        return c.text("upn").or(() -> c.text("unique_name")).map(u -> "as " + u + " (a delegated token)" + tenant)
                .orElseGet(() -> "as the app " + c.text("app_displayname").orElse("?") + c.text("appid").map(a -> " (" + a + ")").orElse("")
                        + tenant);
    }

    private static Map<String, String> identity(JwtClaims c) {
        Map<String, String> details = new LinkedHashMap<>();
        c.text("app_displayname").ifPresent(v -> details.put("app", v));
        c.text("appid").ifPresent(v -> details.put("client_id", v));
        c.text("upn").ifPresent(v -> details.put("user", v));
        c.text("tid").ifPresent(v -> details.put("tenant_id", v));
        return details;
    }

    private static Check permissions(JwtClaims c) {
        boolean delegated = !c.has("roles") && c.has("scp");
        List<String> granted = delegated ? c.list("scp") : c.list("roles");
        String what = delegated ? "delegated scopes" : "application permissions";
        Map<String, String> details = Map.of(delegated ? "scopes" : "roles", String.join(" ", granted));
        if (granted.isEmpty()) {
            return Check.warning(ConnectionReport.PERMISSIONS, "no " + what + " are granted: grant Group.Read.All and User.Read.All"
                    + " (and GroupMember.ReadWrite.All to change members), then admin consent", details);
        }
        String summary = what + " " + String.join(", ", granted);
        return granted.stream().anyMatch(MEMBER_WRITERS::contains) ? Check.ok(ConnectionReport.PERMISSIONS, summary, details)
                : Check.warning(ConnectionReport.PERMISSIONS, summary + ": may read, but not add or remove members"
                        + " (that needs GroupMember.ReadWrite.All)", details);
    }
}
