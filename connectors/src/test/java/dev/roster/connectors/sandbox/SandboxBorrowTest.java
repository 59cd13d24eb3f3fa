package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Path;
import java.util.Map;
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
        try (ChildJvm owner = ChildJvm.start(SandboxChildProcess.class, home.toString(), "1")) {
            String groupId = owner.linesUntil("WAITING").stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4))
                    .findFirst().orElse(null);
            assertThat(groupId).isNotNull();
            var settings = new ConnectionSettings("borrower", Map.of(SandboxConnectorProvider.HOME, home.toString()), Map.of());
            try (UnifiedDirectory directory = UnifiedDirectory.open(new SandboxConnectorProvider(), settings)) {
                assertThat(directory.getGroup(groupId).item().name()).isEqualTo("Survivor 0");
                String borrowedServer = server(directory.exchanges().snapshot().getLast());

                owner.kill();

                assertThat(directory.getGroup(groupId).item().name()).isEqualTo("Survivor 0");
                assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(5);
                assertThat(directory.createGroup(new GroupInput("After the owner left", null, null, null)).item().name())
                        .isEqualTo("After the owner left");
                assertThat(server(directory.exchanges().snapshot().getLast()))
                        .as("the later calls went to the Sandbox this process started").isNotEqualTo(borrowedServer);
            }
        }
    }

    /** {@code ldap://host:port} of an exchange's target. */
    private static String server(Exchange exchange) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ldaps?://[^/]+").matcher(exchange.target());
        assertThat(m.find()).as(exchange.target()).isTrue();
        return m.group();
    }
}
