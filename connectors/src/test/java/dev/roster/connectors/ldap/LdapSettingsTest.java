package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdapSettingsTest {

    private static ConnectionSettings settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                LdapSettings.URL, "ldaps://dc1.corp.example:3269",
                LdapSettings.BIND_DN, "CN=Roster,OU=Service Accounts,DC=corp,DC=example",
                LdapSettings.BASE_DN, "DC=corp,DC=example"));
        values.putAll(overrides);
        values.values().removeIf(String::isEmpty);
        return new ConnectionSettings("corp", values, Map.of(LdapSettings.BIND_PASSWORD, "hunter2-long"));
    }

    @Test
    void defaultsFollowTheBaseDnAndTheGroupClass() {
        LdapConfig config = LdapSettings.parse(settings(Map.of(LdapSettings.GROUP_OBJECT_CLASS, "groupOfUniqueNames")));

        assertThat(config.host()).isEqualTo("dc1.corp.example");
        assertThat(config.port()).isEqualTo(3269);
        assertThat(config.ldaps()).isTrue();
        assertThat(config.groupBase()).isEqualTo(config.baseDn());
        assertThat(config.userBase()).isEqualTo(config.baseDn());
        assertThat(config.memberAttribute()).isEqualTo("uniqueMember");
        assertThat(config.userObjectClass()).isEqualTo("inetOrgPerson");
        assertThat(config.pageSize()).isEqualTo(200);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void activeDirectorySettingsAreRecognised() {
        LdapConfig config = LdapSettings.parse(settings(Map.of(LdapSettings.URL, "ldap://dc1", LdapSettings.START_TLS, "true",
                LdapSettings.GROUP_OBJECT_CLASS, "group", LdapSettings.USER_OBJECT_CLASS, "user",
                LdapSettings.USER_BASE, "OU=Staff,DC=corp,DC=example")));

        assertThat(config.port()).isEqualTo(389);
        assertThat(config.groupFlavor()).isEqualTo(GroupFlavor.ACTIVE_DIRECTORY);
        assertThat(config.memberAttribute()).isEqualTo("member");
        assertThat(config.activeDirectoryUsers()).isTrue();
        assertThat(config.userBase().toString()).isEqualTo("OU=Staff,DC=corp,DC=example");
    }

    @Test
    void malformedSettingsAreValidationErrorsNamingTheSetting() {
        assertRefused(Map.of(LdapSettings.URL, "http://dc1"), "url");
        assertRefused(Map.of(LdapSettings.URL, "ldap://dc1/dc=corp"), "base_dn");
        assertRefused(Map.of(LdapSettings.BASE_DN, "not a dn"), "base_dn");
        assertRefused(Map.of(LdapSettings.BIND_DN, ""), "bind_dn");
        assertRefused(Map.of(LdapSettings.PAGE_SIZE, "0"), "page_size");
        assertRefused(Map.of(LdapSettings.PAGE_SIZE, "many"), "page_size");
        assertRefused(Map.of(LdapSettings.GROUP_OBJECT_CLASS, "posixGroup"), "group_object_class");
        assertRefused(Map.of(LdapSettings.START_TLS, "true"), "start_tls");
        assertRefused(Map.of(LdapSettings.TRUSTED_CERTIFICATES, "/no/such/file.pem"), "trusted_certificates");
    }

    @Test
    void aBindInClearToAnotherMachineIsRefusedUnlessTheConnectionSaysSo() {
        assertRefused(Map.of(LdapSettings.URL, "ldap://dc1.corp.example"), "allow_insecure=true");
        assertRefused(Map.of(LdapSettings.URL, "ldap://10.1.2.3:389"), "allow_insecure=true");
        assertRefused(Map.of(LdapSettings.URL, "ldap://localhost.evil.example"), "allow_insecure=true");

        ConnectionSettings allowed = settings(Map.of(LdapSettings.URL, "ldap://dc1.corp.example",
                "allow_insecure", "true"));
        assertThat(LdapSettings.parse(allowed).ldaps()).isFalse();
        assertThat(new LdapConnectorProvider().review(allowed)).singleElement().asString()
                .contains("in clear").contains("ldap://dc1.corp.example:389").contains("allow_insecure=true");
        // the older spelling of the opt-in, in connections saved before allow_insecure, still counts
        ConnectionSettings older = settings(Map.of(LdapSettings.URL, "ldap://dc1.corp.example",
                LdapSettings.ALLOW_PLAINTEXT_BIND, "true"));
        assertThat(LdapSettings.parse(older).ldaps()).isFalse();
    }

    @Test
    void aBindInClearToThisMachineIsAcceptedWithAWarning() {
        for (String url : new String[] {"ldap://127.0.0.1:3389", "ldap://127.0.0.2:3389", "ldap://localhost:3389", "ldap://[::1]:3389"}) {
            ConnectionSettings loopback = settings(Map.of(LdapSettings.URL, url));
            assertThat(LdapSettings.parse(loopback).port()).isEqualTo(3389);
            assertThat(new LdapConnectorProvider().review(loopback)).as(url).singleElement().asString()
                    .contains("in clear").contains("any process on this machine");
        }
    }

    @Test
    void tlsConnectionsHaveNothingToWarnAbout() {
        assertThat(new LdapConnectorProvider().review(settings(Map.of()))).isEmpty();
        assertThat(new LdapConnectorProvider().review(settings(Map.of(LdapSettings.URL, "ldap://dc1", LdapSettings.START_TLS, "true"))))
                .isEmpty();
    }

    @Test
    void aTrustedCertificatesFileThatIsMissingEmptyOrNotPemIsRefusedNamingTheSetting(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pem"));
        Path garbage = Files.writeString(dir.resolve("garbage.pem"),
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "the CA is on the wiki\n");

        for (Path bad : new Path[] {dir.resolve("missing.pem"), empty, garbage, text, dir}) {
            Map<String, String> setting = Map.of(LdapSettings.TRUSTED_CERTIFICATES, bad.toString());
            assertRefused(setting, "trusted_certificates");
            assertThatThrownBy(() -> new LdapConnectorProvider().review(settings(setting))).as(bad.toString())
                    .isInstanceOf(DirectoryException.class).hasMessageContaining("trusted_certificates").hasMessageContaining(bad.toString());
        }
    }

    @Test
    void aTlsServerNameIsAHostNameAndNeedsTls() {
        assertRefused(Map.of(LdapSettings.URL, "ldap://127.0.0.1:3389", LdapSettings.TLS_SERVER_NAME, "dc01.corp"), "tls_server_name");
        assertRefused(Map.of(LdapSettings.TLS_SERVER_NAME, "not a name!"), "tls_server_name");
        assertThat(LdapSettings.parse(settings(Map.of(LdapSettings.TLS_SERVER_NAME, "dc01.corp"))).tls().serverName())
                .contains("dc01.corp");
    }

    @Test
    void theProviderIsFoundByServiceLoaderWithItsSettings() {
        var provider = ConnectorRegistry.load().require("ldap");

        assertThat(provider.displayName()).isEqualTo("LDAP / Active Directory");
        assertThat(provider.settings()).extracting(s -> s.key()).contains("url", "start_tls", "bind_dn", "bind_password",
                "base_dn", "group_base", "user_base", "group_object_class", "member_attribute", "user_object_class", "page_size",
                "connect_timeout_seconds", "response_timeout_seconds", "trusted_certificates", "tls_server_name", "allow_plaintext_bind", "allow_insecure");
        assertThat(provider.settings()).filteredOn(s -> s.secret()).extracting(s -> s.key()).containsExactly("bind_password");
    }

    private static void assertRefused(Map<String, String> overrides, String setting) {
        assertThatThrownBy(() -> LdapSettings.parse(settings(overrides)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION))
                .hasMessageContaining(setting);
    }
}
