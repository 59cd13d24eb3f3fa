package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sandbox borrowed from another process (a console open while a CLI command ran, or the reverse) must
 * outlive that process: when it ends, this one starts the Sandbox itself and carries on.
 */
class SandboxBorrowTest {
    @TempDir
    Path home;

    @Test
    void whenTheOwningProcessEndsTheBorrowerStartsTheSandboxAndCarriesOn() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process owner = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SandboxChildProcess.class.getName(), home.toString(), "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String groupId = null;
        try {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && !line.equals("WAITING"); line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        groupId = line.substring(4);
                    }
                }
            }
            assertThat(groupId).isNotNull();
            var settings = new ConnectionSettings("borrower", Map.of(SandboxConnectorProvider.HOME, home.toString()), Map.of());
            try (UnifiedDirectory directory = UnifiedDirectory.open(new SandboxConnectorProvider(), settings)) {
                assertThat(directory.getGroup(groupId).item().name()).isEqualTo("Survivor 0");
                String borrowedServer = server(directory.exchanges().snapshot().getLast());

                owner.destroyForcibly();
                assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();

                assertThat(directory.getGroup(groupId).item().name()).isEqualTo("Survivor 0");
                assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(5);
                assertThat(directory.createGroup(new GroupInput("After the owner left", null, null, null)).item().name())
                        .isEqualTo("After the owner left");
                assertThat(server(directory.exchanges().snapshot().getLast()))
                        .as("the later calls went to the Sandbox this process started").isNotEqualTo(borrowedServer);
            }
        } finally {
            owner.destroyForcibly();
            owner.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code ldap://host:port} of an exchange's target. */
    private static String server(Exchange exchange) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ldaps?://[^/]+").matcher(exchange.target());
        assertThat(m.find()).as(exchange.target()).isTrue();
        return m.group();
    }
}
