package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server whose refusal of a bind repeats the password in its diagnostic message (a careless server or
 * proxy): the password, with characters JSON escapes, appears nowhere in the error, its raw response
 * (JSON built from that diagnostic) or the recorded exchanges. Found by the redaction audit.
 */
class LdapEchoedPasswordTest {
    private static final String ECHO_DN = "cn=echo,ou=Services," + EmbeddedLdap.BASE;
    private static final String PASSWORD = "Qu\"ote\\Back slash+/=&-5e1d7a";
    private EmbeddedLdap server;

    @BeforeEach
    void start() {
        server = EmbeddedLdap.start(2, 1, new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
                if (request.getRequest().getBindDN().equalsIgnoreCase(ECHO_DN)) {
                    throw new LDAPException(ResultCode.INVALID_CREDENTIALS,
                            "invalid credentials with password '" + request.getRequest().getPassword().stringValue() + "'");
                }
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theEchoedPasswordIsMaskedInTheErrorItsRawResponseAndTheExchange() {
        List<String> texts = new ArrayList<>();
        try (UnifiedDirectory directory = UnifiedDirectory.open(new LdapConnectorProvider(),
                server.settings("echo", ECHO_DN, PASSWORD, Map.of()))) {
            DirectoryException failure = catchThrowableOfType(DirectoryException.class, directory::verify);
            assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
            assertThat(failure.rawResponse().orElseThrow()).contains("invalid credentials with password '****'");
            texts.add(failure.getMessage());
            texts.add(failure.rawResponse().orElseThrow());
            texts.add(failure.toJson().toString());
            for (Exchange x : directory.exchanges().snapshot()) {
                texts.add(x.toString());
            }
        }
        assertThat(texts).hasSizeGreaterThan(3).noneMatch(t -> t.contains("Qu\"ote") || t.contains("Qu\\\"ote")
                || t.contains("Qu\\\\\\\"ote") || t.contains("Back slash") || t.contains("Back+slash"));
    }
}
