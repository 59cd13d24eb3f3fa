package dev.roster.connectors.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain http:// and ldap:// to another machine need allow_insecure=true, declared by every HTTP and LDAP
 * connector; refused as a validation error (nothing sent) without it, at review and at open; this machine
 * is allowed without it.
 */
class CleartextTest {
    private final ConnectorRegistry registry = ConnectorRegistry.load();

    private static final Map<String, Map<String, String>> PLAIN = Map.of(
            "ldap", Map.of("url", "ldap://dc1.corp.example:389", "bind_dn", "cn=roster,dc=corp", "base_dn", "dc=corp"),
            "scim", Map.of("base_url", "http://scim.corp.example/scim/v2"),
            "okta", Map.of("base_url", "http://okta.corp.example"),
            "truto", Map.of("base_url", "http://truto.corp.example", "integrated_account_id", "a1"),
            "entra", Map.of("auth", "token", "graph_url", "http://graph.corp.example/v1.0"));

    private static final Map<String, Map<String, String>> SECRETS = Map.of(
            "ldap", Map.of("bind_password", "pw"), "scim", Map.of("token", "t"), "okta", Map.of("token", "t"),
            "truto", Map.of("token", "t"), "entra", Map.of("token", "t"));

    @Test
    void everyHttpAndLdapConnectorDeclaresTheOptIn() {
        for (String type : PLAIN.keySet()) {
            assertThat(registry.require(type).settings()).as(type).anyMatch(s -> s.key().equals("allow_insecure")
                    && "false".equals(s.defaultValue()));
        }
    }

    @Test
    void inClearToAnotherMachineIsRefusedWithoutTheOptInBeforeAnythingIsSent() {
        PLAIN.forEach((type, values) -> {
            ConnectorProvider provider = registry.require(type);
            DirectoryException atReview = catchThrowableOfType(DirectoryException.class,
                    () -> provider.review(new ConnectionSettings("plain", values, Map.of())));
            assertThat(atReview).as(type + " at review").isNotNull();
            assertThat(atReview.kind()).isEqualTo(ErrorKind.VALIDATION);
            assertThat(atReview.code()).contains(ErrorCode.INSECURE_CONNECTION_REFUSED);
            assertThat(atReview.getMessage()).contains("allow_insecure=true");

            DirectoryException atOpen = catchThrowableOfType(DirectoryException.class,
                    () -> provider.connect(new ConnectionSettings("plain", values, SECRETS.get(type)),
                            new dev.roster.connectors.trace.ExchangeLog(java.util.List.of())));
            assertThat(atOpen).as(type + " at open").isNotNull();
            assertThat(atOpen.code()).contains(ErrorCode.INSECURE_CONNECTION_REFUSED);
        });
    }

    @Test
    void withTheOptInItIsAllowedAndMarkedInsecure() {
        PLAIN.forEach((type, values) -> {
            Map<String, String> allowed = new HashMap<>(values);
            allowed.put("allow_insecure", "true");
            ConnectionSettings settings = new ConnectionSettings("plain", allowed, Map.of());
            assertThatCode(() -> registry.require(type).review(settings)).as(type).doesNotThrowAnyException();
            assertThat(Cleartext.insecure(settings)).as(type).isTrue();
        });
    }

    @Test
    void thisMachineIsAllowedWithoutTheOptInAndNotMarked() {
        for (String url : new String[] {"http://localhost:8080/scim/v2", "http://127.0.0.1:8080/scim/v2", "http://[::1]:8080/scim/v2"}) {
            ConnectionSettings settings = new ConnectionSettings("local", Map.of("base_url", url), Map.of());
            assertThatCode(() -> registry.require("scim").review(settings)).as(url).doesNotThrowAnyException();
            assertThat(Cleartext.insecure(settings)).as(url).isFalse();
        }
        ConnectionSettings ldap = new ConnectionSettings("local", Map.of("url", "ldap://127.0.0.1:3389", "bind_dn", "cn=a",
                "base_dn", "dc=a"), Map.of());
        assertThatCode(() -> registry.require("ldap").review(ldap)).doesNotThrowAnyException();
    }

    @Test
    void tlsIsNotInsecure() {
        assertThat(Cleartext.insecure(new ConnectionSettings("s", Map.of("base_url", "https://scim.corp.example"), Map.of()))).isFalse();
        ConnectionSettings startTls = new ConnectionSettings("l", Map.of("url", "ldap://dc1.corp.example", "start_tls", "true",
                "bind_dn", "cn=a", "base_dn", "dc=a"), Map.of());
        assertThat(Cleartext.insecure(startTls)).isFalse();
        assertThatCode(() -> registry.require("ldap").review(startTls)).doesNotThrowAnyException();
    }

    @Test
    void lookalikeHostsAreNotThisMachine() {
        ConnectionSettings evil = new ConnectionSettings("e", Map.of("base_url", "http://localhost.evil.example/scim/v2"), Map.of());
        assertThat(Cleartext.insecure(evil)).isTrue();
        assertThat(catchThrowableOfType(DirectoryException.class, () -> Cleartext.check(evil)).code())
                .contains(ErrorCode.INSECURE_CONNECTION_REFUSED);
    }
}
