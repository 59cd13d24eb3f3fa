package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A planted bind password and a planted user password never appear in any recorded exchange, any error
 * message or raw response, nor in what a list returns, whatever the outcome of the operation.
 */
class LdapMaskingTest {
    private static final String USER_PASSWORD = "Planted-User-Pa55word-7731";

    private final LdapConnectorProvider provider = new LdapConnectorProvider();
    private EmbeddedLdap server;

    @BeforeEach
    void start() {
        server = EmbeddedLdap.start(5, 2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBindPasswordIsNeverRecordedNorInAnError() {
        List<Exchange> exchanges = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, server.settings("good", Map.of()))) {
            directory.verify();
            directory.listGroups(ListQuery.ofLimit(1));
            errors.add(catchThrowableOfType(DirectoryException.class, () -> directory.getGroup("cn=absent," + EmbeddedLdap.GROUPS))
                    .getMessage());
            exchanges.addAll(directory.exchanges().snapshot());
        }
        // a wrong password that contains the right one: partial masking must not leave the real one readable
        String wrong = server.writerPassword() + "-typo";
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider,
                server.settings("wrong", EmbeddedLdap.WRITER, wrong, Map.of()))) {
            DirectoryException failure = catchThrowableOfType(DirectoryException.class, directory::verify);
            assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
            errors.add(failure.getMessage());
            errors.add(failure.rawResponse().orElse(""));
            errors.add(failure.toJson().toString());
            exchanges.addAll(directory.exchanges().snapshot());
        }

        assertThat(exchanges).filteredOn(x -> x.method().equals("BIND")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(texts(exchanges)).noneMatch(t -> t.contains(server.writerPassword()));
        assertThat(errors).noneMatch(t -> t.contains(server.writerPassword()));
    }

    @Test
    void aUsersPasswordIsMaskedInTheAddItsReadBackAndLaterLists() {
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, server.settings("writer", Map.of()))) {
            User created = directory.createUser(input("masked.user")).item();
            ListResult<User> listed = directory.listUsers(ListQuery.ofLimit(100));
            DirectoryException duplicate = catchThrowableOfType(DirectoryException.class,
                    () -> directory.createUser(input("masked.user")));

            assertThat(duplicate.kind()).isEqualTo(ErrorKind.CONFLICT);
            List<Exchange> exchanges = directory.exchanges().snapshot();
            Exchange add = exchanges.stream().filter(x -> x.method().equals("ADD")).findFirst().orElseThrow();
            assertThat(add.requestBody()).contains("\"userPassword\":[\"****\"]");
            assertThat(texts(exchanges)).noneMatch(t -> t.contains(USER_PASSWORD));
            assertThat(Stream.of(duplicate.getMessage(), duplicate.rawResponse().orElse(""), created.remoteData().toString(),
                    listed.provider().raw().toString())).noneMatch(t -> t.contains(USER_PASSWORD));
            assertThat(created.remoteData().path("userPassword").get(0).asText()).isEqualTo("****");
        }
    }

    @Test
    void aPasswordPassedInRemoteDataIsMaskedToo() {
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, server.settings("writer", Map.of()))) {
            ObjectNode remote = Json.mapper().createObjectNode().put("userPassword", USER_PASSWORD);
            UserInput input = new UserInput("Remote Pw", null, "Pw", "remote.pw", List.of(), null, List.of(), null, null,
                    List.of(), List.of(), List.of(), null, null, List.of(), remote);

            directory.createUser(input);

            assertThat(texts(directory.exchanges().snapshot())).noneMatch(t -> t.contains(USER_PASSWORD));
        }
    }

    private static UserInput input(String username) {
        return new UserInput("Masked User", "Masked", "User", username, List.of(new Email(username + "@example.com", true, null)),
                USER_PASSWORD, List.of(), null, null, List.of(), List.of(), List.of(), null, null, List.of(), null);
    }

    /** Every text field of every exchange. */
    private static List<String> texts(List<Exchange> exchanges) {
        List<String> texts = new ArrayList<>();
        for (Exchange x : exchanges) {
            texts.add(x.target());
            texts.add(String.valueOf(x.requestHeaders()));
            texts.add(String.valueOf(x.requestBody()));
            texts.add(String.valueOf(x.responseHeaders()));
            texts.add(String.valueOf(x.responseBody()));
            texts.add(String.valueOf(x.error()));
            texts.add(String.valueOf(x.statusText()));
        }
        return texts;
    }
}
