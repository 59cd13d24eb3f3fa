package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.UserInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A part of a repeated field that a connector keeps only when it declares it (an email's type): sent to a
 * connector that does not declare it, the request is refused before anything is sent, not stored without it.
 */
class OptionalPartsTest {
    private static UserInput user(Email email) {
        return new UserInput(null, null, "Hopper", "grace", List.of(email), null, List.of(), null, null, List.of(), List.of(),
                List.of(), null, null, List.of(), null);
    }

    private static RequestValidator validator(Set<String> supported) {
        return new RequestValidator("LDAP 'corp'", Capabilities.builder()
                .operation(Operation.CREATE_USER, OperationCapability.of(supported, Set.of("username")))
                .build());
    }

    @Test
    void anEmailTypeSentToAConnectorThatDoesNotKeepItIsRefusedNamingThePart() {
        RequestValidator validator = validator(Set.of("username", "last_name", "emails"));

        assertThatThrownBy(() -> validator.write(Operation.CREATE_USER, user(new Email("grace@example.com", true, "work"))))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION))
                .hasMessageContaining("emails.type").hasMessageContaining("LDAP 'corp'");
    }

    @Test
    void anEmailWithoutATypeOrToAConnectorThatKeepsItIsAccepted() {
        assertThatCode(() -> validator(Set.of("username", "last_name", "emails"))
                .write(Operation.CREATE_USER, user(new Email("grace@example.com", true, null)))).doesNotThrowAnyException();
        assertThatCode(() -> validator(Set.of("username", "last_name", "emails", "emails.type"))
                .write(Operation.CREATE_USER, user(new Email("grace@example.com", true, "work")))).doesNotThrowAnyException();
    }

    @Test
    void theLdapAndSandboxConnectorsDoNotKeepAnEmailsType() {
        // mail is a plain string attribute (RFC 4524): there is nowhere to keep a type
        ConnectorRegistry registry = ConnectorRegistry.load();
        for (String type : List.of("ldap", "sandbox")) {
            OperationCapability create = registry.require(type).capabilities().of(Operation.CREATE_USER).orElseThrow();
            assertThat(create.supportedFields()).as(type).contains("emails").doesNotContain("emails.type");
        }
    }
}
