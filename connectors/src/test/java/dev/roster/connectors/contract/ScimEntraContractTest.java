package dev.roster.connectors.contract;

import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.scim.ScimSettings;
import java.util.Map;

/**
 * The contract in Microsoft Entra style: capitalised {@code Add} / {@code Remove} with a value list, members
 * read with {@code filter=groups.value eq "id"}, and a server that answers PATCH with 204 and everything in
 * plain {@code application/json}.
 */
class ScimEntraContractTest extends ScimContractTest {

    @Override
    protected void configure(ScimFake server) {
        server.answerPatchWith204(true).answerAsPlainJson(true);
    }

    @Override
    protected Map<String, String> style() {
        return Map.of(ScimSettings.PATCH_STYLE, "entra", ScimSettings.MEMBERS_SOURCE, "filter");
    }
}
