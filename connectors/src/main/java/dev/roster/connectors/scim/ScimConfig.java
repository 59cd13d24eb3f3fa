package dev.roster.connectors.scim;

import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.Tls;
import java.net.URI;

/** A checked SCIM connection: where, with which token, how it writes memberships and reads members. */
record ScimConfig(String connectionName, URI baseUrl, String token, PatchStyle patchStyle, MembersSource membersSource,
                  HttpSettings http, Tls tls) {

    @Override
    public String toString() {
        return "ScimConfig[" + connectionName + ", " + baseUrl + ", " + patchStyle + ", " + membersSource + ", token ****]";
    }
}
