package dev.roster.connectors.truto;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import java.util.HashMap;
import java.util.Map;

/** Connections to a {@link TrutoFake} for the Truto tests. */
final class TrutoTestConnections {
    private TrutoTestConnections() {
    }

    static UnifiedDirectory open(TrutoFake fake, String account, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl(), "integrated_account_id", account,
                "request_timeout_seconds", "5"));
        values.putAll(more);
        return UnifiedDirectory.open(new TrutoConnectorProvider(), new ConnectionSettings("truto-test", values,
                Map.of("token", TrutoFake.TOKEN)));
    }

    static UnifiedDirectory open(TrutoFake fake) {
        return open(fake, TrutoFake.ACCOUNT, Map.of());
    }
}
