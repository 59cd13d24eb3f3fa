package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.MembershipInput;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that stops answering (SIGSTOP, a hung process): the call fails after the response timeout, once,
 * and says which timeout expired and which setting changes it.
 */
class LdapTimeoutTest {
    private static final Map<String, String> SHORT = Map.of(LdapSettings.CONNECT_TIMEOUT, "1", LdapSettings.RESPONSE_TIMEOUT, "1");

    private EmbeddedLdap server;
    private FreezingProxy proxy;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() throws IOException {
        server = EmbeddedLdap.start(5, 3);
        proxy = new FreezingProxy(server.port());
        Map<String, String> settings = new java.util.HashMap<>(SHORT);
        settings.put(LdapSettings.URL, proxy.url());
        directory = UnifiedDirectory.open(new LdapConnectorProvider(), server.settings("stopped", settings));
    }

    @AfterEach
    void stop() throws IOException {
        directory.close();
        proxy.close();
        server.close();
    }

    @Test
    void aServerThatNeverAnswersFailsNamingTheResponseTimeout() {
        proxy.freeze();

        DirectoryException e = catchThrowableOfType(DirectoryException.class, directory::verify);

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.getMessage()).contains("response_timeout_seconds (1 s)").doesNotContain("ldapSDKVersion")
                .doesNotContain("LDAPException");
    }

    @Test
    void aReadOnAPooledConnectionToAStoppedServerWaitsOneTimeoutNotTwo() {
        directory.getGroup(EmbeddedLdap.groupDn(0));
        int before = proxy.accepted();
        proxy.freeze();

        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.getGroup(EmbeddedLdap.groupDn(1)));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.getMessage()).contains("response_timeout_seconds (1 s)");
        // a second connection would mean a second bind waiting out a second timeout
        assertThat(proxy.accepted()).isEqualTo(before);
    }

    @Test
    void aWriteToAStoppedServerIsAnUnknownOutcomeNamingTheTimeout() {
        directory.getGroup(EmbeddedLdap.groupDn(0));
        proxy.freeze();

        DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> directory.addMember(
                new MembershipInput(EmbeddedLdap.groupDn(0), EmbeddedLdap.userDn(1), null)));

        assertThat(e.kind()).isIn(ErrorKind.TRANSPORT, ErrorKind.UNKNOWN_OUTCOME);
        assertThat(e.getMessage()).contains("response_timeout_seconds (1 s)");
    }
}
