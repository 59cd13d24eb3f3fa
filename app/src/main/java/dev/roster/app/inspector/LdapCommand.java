package dev.roster.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.Redactor;
import java.io.IOException;
import java.util.Locale;

/**
 * An LDAP exchange as the OpenLDAP client command that repeats it: {@code ldapsearch} for a search,
 * {@code ldapmodify} with LDIF for an add or a modify. Reads only what the LDAP connector recorded (the
 * request as JSON: base, scope, filter, attributes; or dn with attributes / changes). The bind password is
 * never known here: it is {@code $TOKEN}, the bind DN {@code $BIND_DN}; a masked value in LDIF stays masked.
 */
final class LdapCommand {
    private LdapCommand() {
    }

    /** The command, or null when this kind of exchange (bind, StartTLS, an unreadable body) has none. */
    static String of(Exchange e) {
        JsonNode body = body(e.requestBody());
        String server = server(e.target());
        if (body == null || server == null) {
            return null;
        }
        String connect = " -H " + ShellCommand.quote(server, "$SECRET") + " -x -D \"$BIND_DN\" -w \"$TOKEN\"";
        return switch (e.method().toUpperCase(Locale.ROOT)) {
            case "SEARCH" -> search(body, connect);
            case "ADD" -> add(body, connect);
            case "MODIFY" -> modify(body, connect);
            default -> null;
        };
    }

    private static String search(JsonNode body, String connect) {
        String base = body.has("base") ? body.path("base").asText() : body.path("bases").path(0).asText(null);
        if (base == null) {
            return null;
        }
        StringBuilder command = new StringBuilder("ldapsearch").append(connect)
                .append(" -b ").append(ShellCommand.quote(base, "$SECRET"))
                .append(" -s ").append(scope(body.path("scope").asText("sub")))
                .append(' ').append(ShellCommand.quote(body.path("filter").asText("(objectClass=*)"), "$SECRET"));
        body.path("attributes").forEach(a -> command.append(' ').append(ShellCommand.quote(a.asText(), "$SECRET")));
        if (body.has("bases") && body.path("bases").size() > 1) {
            command.append("\n# the console read ").append(body.path("bases").size())
                    .append(" entries this way, one base read each; this repeats the first");
        }
        return command.toString();
    }

    private static String add(JsonNode body, String connect) {
        StringBuilder ldif = new StringBuilder("dn: ").append(body.path("dn").asText()).append("\nchangetype: add\n");
        body.path("attributes").properties().forEach(a -> a.getValue().forEach(v -> value(ldif, a.getKey(), v)));
        return heredoc("ldapmodify" + connect, ldif);
    }

    private static String modify(JsonNode body, String connect) {
        StringBuilder ldif = new StringBuilder("dn: ").append(body.path("dn").asText()).append("\nchangetype: modify\n");
        for (JsonNode change : body.path("changes")) {
            String attribute = change.path("attribute").asText();
            ldif.append(change.path("operation").asText("replace")).append(": ").append(attribute).append('\n');
            change.path("values").forEach(v -> value(ldif, attribute, v));
            ldif.append("-\n");
        }
        return heredoc("ldapmodify" + connect, ldif);
    }

    private static void value(StringBuilder ldif, String attribute, JsonNode v) {
        if (v.isObject() && v.has("base64")) {
            ldif.append(attribute).append(":: ").append(v.path("base64").asText()).append('\n');
        } else {
            ldif.append(attribute).append(": ").append(v.asText()).append('\n');
        }
    }

    /** A quoted heredoc: the shell expands nothing in it, so masked values stay {@code ****}. */
    private static String heredoc(String command, StringBuilder ldif) {
        String text = ldif.toString();
        String note = text.contains(Redactor.MASK) ? "# **** is a value Roster never shows: put the real one in first\n" : "";
        return note + command + " <<'LDIF'\n" + text + "LDIF";
    }

    private static String scope(String recorded) {
        return switch (recorded.toUpperCase(Locale.ROOT)) {
            case "BASE" -> "base";
            case "ONE", "ONELEVEL", "SINGLE_LEVEL" -> "one";
            case "SUBORDINATE_SUBTREE", "SUBORDINATES", "CHILDREN" -> "children";
            default -> "sub";
        };
    }

    /** {@code ldap://host:port} from a recorded target {@code ldap://host:port/dn??scope?filter}. */
    static String server(String target) {
        int scheme = target == null ? -1 : target.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int slash = target.indexOf('/', scheme + 3);
        return slash < 0 ? target : target.substring(0, slash);
    }

    private static JsonNode body(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
