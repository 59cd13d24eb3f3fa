package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.tls.PresentedCertificate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roster connections trust / untrust}: the certificates trusted for one connection. {@code trust}
 * shows the certificate the server presents and adds it only when {@code --fingerprint} is that
 * certificate's, so a script cannot trust whatever answers.
 */
final class TrustCommands {
    private TrustCommands() {
    }

    static ObjectNode describe(PresentedCertificate c) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("fingerprint", c.fingerprint());
        node.put("subject", c.subject());
        node.put("issuer", c.issuer());
        node.put("names", c.names());
        node.put("not_before", c.notBefore().toString());
        node.put("not_after", c.notAfter().toString());
        return node;
    }

    static ArrayNode describe(List<PresentedCertificate> all) {
        ArrayNode array = Json.mapper().createArrayNode();
        all.forEach(c -> array.add(describe(c)));
        return array;
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Show the certificate NAME's server presents; with --fingerprint (the one shown) trust exactly that certificate for NAME.")
    static final class Trust implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--fingerprint", paramLabel = "SHA256:...", description = "The presented certificate's SHA-256 fingerprint, as shown; nothing is trusted unless it matches.")
        String fingerprint;
        @Option(names = "--list", description = "List the certificates trusted for NAME instead (connects to nothing).")
        boolean list;

        Trust(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            context.connections().store().require(name);
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("connection", name);
            if (list) {
                out.set("trusted", describe(context.connections().trust().list(name)));
                JsonOutput.print(context.out(), out);
                return;
            }
            if (fingerprint == null) {
                PresentedCertificate presented = context.connections().untrustedCertificate(name)
                        .orElseThrow(() -> DirectoryException.invalid(ErrorCode.TRUST_NOTHING_PRESENTED, name));
                out.set("certificate", describe(presented));
                out.put("trusted", false);
                JsonOutput.print(context.out(), out);
                context.err().println("roster: not trusted yet: compare the fingerprint with the server's, then run"
                        + " roster connections trust " + name + " --fingerprint " + presented.fingerprint());
                return;
            }
            PresentedCertificate trusted = context.connections().trustPresented(name, fingerprint);
            out.set("certificate", describe(trusted));
            out.put("trusted", true);
            out.put("file", context.connections().trust().file(name).toString());
            JsonOutput.print(context.out(), out);
        }
    }

    @Command(name = "untrust", mixinStandardHelpOptions = true,
            description = "Stop trusting the certificates trusted for NAME (all of them, or the one --fingerprint names).")
    static final class Untrust implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--fingerprint", paramLabel = "SHA256:...", description = "Only this certificate.")
        String fingerprint;

        Untrust(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            context.connections().store().require(name);
            int removed = fingerprint == null ? context.connections().trust().removeAll(name)
                    : context.connections().trust().remove(name, fingerprint) ? 1 : 0;
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("connection", name);
            out.put("removed", removed);
            out.set("trusted", describe(context.connections().trust().list(name)));
            JsonOutput.print(context.out(), out);
        }
    }
}
