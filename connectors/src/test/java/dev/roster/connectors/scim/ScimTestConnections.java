package dev.roster.connectors.scim;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.ScimFake;
import java.util.HashMap;
import java.util.Map;

/** Connections to a {@link ScimFake} for the SCIM tests. */
final class ScimTestConnections {

    private ScimTestConnections() {
    }

    static UnifiedDirectory open(ScimFake fake, String token, Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(settings);
        values.put(ScimSettings.BASE_URL, fake.baseUrl());
        return UnifiedDirectory.open(new ScimConnectorProvider(),
                new ConnectionSettings("scim-test", values, Map.of(ScimSettings.TOKEN, token)));
    }

    static UnifiedDirectory open(ScimFake fake, Map<String, String> settings) {
        return open(fake, ScimFake.TOKEN, settings);
    }
}
