package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the console's connection editor builds its form from: every setting's kind and an example of its value. */
class SettingSpecFormTest {

    private static Map<String, SettingSpec> specs(String type) {
        return ConnectorRegistry.load().require(type).settings().stream()
                .collect(Collectors.toMap(SettingSpec::key, s -> s, (a, b) -> a));
    }

    @Test
    void everySettingOfEveryConnectorHasAnExampleAndSecretsAreOfKindSecret() {
        for (ConnectorProvider provider : ConnectorRegistry.load().all()) {
            for (SettingSpec spec : provider.settings()) {
                assertThat(spec.example()).as("%s.%s has an example", provider.id(), spec.key()).isNotBlank();
                assertThat(spec.kind() == SettingSpec.Kind.SECRET).as("%s.%s", provider.id(), spec.key()).isEqualTo(spec.secret());
                if (spec.secret()) {
                    // an example of a secret is its source, never a value that looks like one
                    assertThat(spec.example()).as("%s.%s", provider.id(), spec.key()).startsWith("env:");
                }
                if (!spec.choices().isEmpty()) {
                    assertThat(spec.choices()).as("%s.%s", provider.id(), spec.key()).contains(spec.example());
                }
            }
        }
    }

    @Test
    void urlsFilesNumbersAndFlagsAreDeclaredAsSuch() {
        assertThat(specs("ldap").get("url").kind()).isEqualTo(SettingSpec.Kind.URL);
        assertThat(specs("ldap").get("trusted_certificates").kind()).isEqualTo(SettingSpec.Kind.FILE);
        assertThat(specs("ldap").get("page_size").kind()).isEqualTo(SettingSpec.Kind.NUMBER);
        assertThat(specs("ldap").get("start_tls").kind()).isEqualTo(SettingSpec.Kind.BOOLEAN);
        assertThat(specs("ldap").get("group_object_class").kind()).isEqualTo(SettingSpec.Kind.CHOICE);
        assertThat(specs("ldap").get("bind_password").kind()).isEqualTo(SettingSpec.Kind.SECRET);
        for (String type : List.of("okta", "scim", "truto", "google")) {
            assertThat(specs(type).get("base_url").kind()).as(type).isEqualTo(SettingSpec.Kind.URL);
            assertThat(specs(type).get("trusted_certificates").kind()).as(type).isEqualTo(SettingSpec.Kind.FILE);
            assertThat(specs(type).get("request_timeout_seconds").kind()).as(type).isEqualTo(SettingSpec.Kind.NUMBER);
        }
        assertThat(specs("google").get("service_account_key_file").kind()).isEqualTo(SettingSpec.Kind.FILE);
        assertThat(specs("entra").get("graph_url").kind()).isEqualTo(SettingSpec.Kind.URL);
        assertThat(specs("entra").get("authority").kind()).isEqualTo(SettingSpec.Kind.URL);
        assertThat(specs("okta").get("activate_users").kind()).isEqualTo(SettingSpec.Kind.BOOLEAN);
    }

    @Test
    void theFactoryMethodsOfBeforeStillWorkAndDeriveTheKind() {
        assertThat(SettingSpec.text("k", "K", false, null, "h").kind()).isEqualTo(SettingSpec.Kind.TEXT);
        assertThat(SettingSpec.secret("k", "K", true, "h").kind()).isEqualTo(SettingSpec.Kind.SECRET);
        assertThat(SettingSpec.choice("k", "K", "a", List.of("a", "b"), "h").kind()).isEqualTo(SettingSpec.Kind.CHOICE);
        assertThat(SettingSpec.choice("k", "K", "true", List.of("true", "false"), "h").kind()).isEqualTo(SettingSpec.Kind.BOOLEAN);
        SettingSpec spec = new SettingSpec("k", "K", false, false, null, List.of(), "h");
        assertThat(spec.example()).isNull();
        assertThat(spec.withKind(SettingSpec.Kind.URL).withExample("https://x").withRequired(true))
                .isEqualTo(new SettingSpec("k", "K", true, false, null, List.of(), "h", SettingSpec.Kind.URL, "https://x"));
        assertThatThrownBy(() -> SettingSpec.text("k", "K", false, null, "h").withKind(SettingSpec.Kind.SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
