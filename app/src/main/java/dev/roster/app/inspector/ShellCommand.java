package dev.roster.app.inspector;

import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.Redactor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exchange as a command to run again in a shell: {@code curl} for HTTP, {@code ldapsearch} / {@code ldapmodify}
 * for LDAP ({@link LdapCommand}). The recorded exchange is already masked, so the secret is not known here; each
 * mask becomes a shell variable ({@code $TOKEN} in headers, {@code $SECRET} elsewhere) for the person to set.
 * An exchange with no faithful command (an LDAP bind) gets a reason instead of a wrong command.
 */
public final class ShellCommand {
    /** Headers curl computes itself; copying them would only conflict. */
    private static final Set<String> SKIPPED = Set.of("content-length", "host", "connection", "accept-encoding");

    /** The command and the tool it runs, or why there is none. */
    public record Result(String command, String tool, String unavailable) {
        public boolean available() {
            return command != null;
        }
    }

    private ShellCommand() {
    }

    public static Result curl(Exchange exchange, String ldapReason) {
        if (Exchange.LDAP.equals(exchange.protocol())) {
            String command = LdapCommand.of(exchange);
            return command == null ? new Result(null, null, ldapReason)
                    : new Result(command, command.lines().filter(l -> !l.startsWith("#")).findFirst().orElse("").split(" ")[0], null);
        }
        if (!Exchange.HTTP.equals(exchange.protocol())) {
            return new Result(null, null, ldapReason);
        }
        StringBuilder command = new StringBuilder("curl");
        if (!"GET".equalsIgnoreCase(exchange.method())) {
            command.append(" -X ").append(exchange.method());
        }
        command.append(' ').append(quote(exchange.target(), "$SECRET"));
        for (Map.Entry<String, List<String>> header : exchange.requestHeaders().entrySet()) {
            if (SKIPPED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (String value : header.getValue()) {
                command.append(" \\\n  -H ").append(quote(header.getKey() + ": " + value, "$TOKEN"));
            }
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            command.append(" \\\n  --data-raw ").append(quote(exchange.requestBody(), "$SECRET"));
        }
        return new Result(command.toString(), "curl", null);
    }

    /**
     * Single-quotes {@code text} for a POSIX shell, with each mask replaced by {@code variable} left outside
     * the quotes (in double quotes) so the shell expands it and nothing else.
     */
    static String quote(String text, String variable) {
        String[] parts = text.split(java.util.regex.Pattern.quote(Redactor.MASK), -1);
        return java.util.Arrays.stream(parts).map(ShellCommand::singleQuote)
                .collect(Collectors.joining("\"" + variable + "\""));
    }

    private static String singleQuote(String part) {
        return "'" + part.replace("'", "'\\''") + "'";
    }
}
