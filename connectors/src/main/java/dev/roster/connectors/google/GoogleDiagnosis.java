package dev.roster.connectors.google;

import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// feature: connection-check
/**
 * Who a Google connection signs in as and what its token may do. A service account's token is granted exactly the
 * scopes it asked for (Google refuses the sign-in, unauthorized_client, when the delegation lacks one), so those
 * are the token's scopes. A pasted token is opaque: only Google's tokeninfo endpoint could tell, and Roster sends a
 * token nowhere but the connection's own API.
 */
final class GoogleDiagnosis {
    private static final String WRITE_SCOPE = "https://www.googleapis.com/auth/admin.directory.group";

    record SignIn(String subject, String serviceAccount, List<String> scopes) {
    }

    private GoogleDiagnosis() {
    }

    /** {@code signIn} null: a pasted token. */
    static void identity(ConnectionProbe probe, SignIn signIn) {
        if (signIn == null) {
            probe.authenticatedAs("the pasted access token was accepted (Google's tokens do not say whose they are)", Map.of());
            probe.check(ConnectionReport.PERMISSIONS, () -> Check.notChecked(ConnectionReport.PERMISSIONS, "a pasted token's scopes are"
                    + " known only to Google's tokeninfo endpoint, where Roster does not send it; the reads below show what it may read"));
            return;
        }
        Map<String, String> who = new LinkedHashMap<>();
        who.put("subject", signIn.subject());
        who.put("service_account", signIn.serviceAccount());
        probe.authenticatedAs("as " + signIn.subject() + " through the service account " + signIn.serviceAccount()
                + " (domain-wide delegation)", who);
        probe.check(ConnectionReport.PERMISSIONS, () -> {
            String scopes = String.join(" ", signIn.scopes());
            Map<String, String> details = Map.of("scopes", scopes);
            String summary = "token scopes " + scopes + " (granted by the delegation; what the admin may change shows at the first write)";
            return signIn.scopes().contains(WRITE_SCOPE) ? Check.ok(ConnectionReport.PERMISSIONS, summary, details)
                    : Check.warning(ConnectionReport.PERMISSIONS, summary + ": read-only scopes, no group or member can be changed", details);
        });
    }
}
