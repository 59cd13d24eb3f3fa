package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.model.UserInput;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "One of these fields" requirements: declared by a connector, checked before anything is sent. */
class RequiredOneOfTest {
    private static final Capabilities CREATE_USER = Capabilities.builder()
            .operation(Operation.CREATE_USER, OperationCapability.of(Set.of("username", "name", "last_name", "first_name"),
                    Set.of("username")).withOneOf("last_name", "name"))
            .build();

    private static UserInput user(String name, String firstName, String lastName) {
        return new UserInput(name, firstName, lastName, "grace", List.of(), null, List.of(), null, null, List.of(), List.of(),
                List.of(), null, null, List.of(), null);
    }

    @Test
    void aRequestWithNoneOfTheGroupIsRefusedNamingEachField() {
        RequestValidator validator = new RequestValidator("LDAP 'corp'", CREATE_USER);
        assertThatThrownBy(() -> validator.write(Operation.CREATE_USER, user(null, "Grace", "  ")))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.code()).contains(ErrorCode.REQUIRED_ONE_OF);
                })
                .hasMessageContaining("requires one of last_name, name").hasMessageContaining("LDAP 'corp'");
    }

    @Test
    void eitherFieldOfTheGroupIsEnough() {
        RequestValidator validator = new RequestValidator("LDAP 'corp'", CREATE_USER);
        assertThatCode(() -> validator.write(Operation.CREATE_USER, user(null, null, "Hopper"))).doesNotThrowAnyException();
        assertThatCode(() -> validator.write(Operation.CREATE_USER, user("Grace Hopper", null, null))).doesNotThrowAnyException();
    }

    @Test
    void theLdapAndSandboxConnectorsDeclareThatAPersonNeedsALastNameOrAName() {
        ConnectorRegistry registry = ConnectorRegistry.load();
        for (String type : List.of("ldap", "sandbox")) {
            OperationCapability create = registry.require(type).capabilities().of(Operation.CREATE_USER).orElseThrow();
            assertThat(create.requiredOneOf()).as(type).containsExactly(Set.of("last_name", "name"));
            assertThat(create.requiredFields()).as(type).containsExactly("username");
        }
    }

    @Test
    void aOneOfGroupMustNameSupportedFields() {
        assertThatThrownBy(() -> OperationCapability.of(Set.of("name"), Set.of()).withOneOf("name", "nickname"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
