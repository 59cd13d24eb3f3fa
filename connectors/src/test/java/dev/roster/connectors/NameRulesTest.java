package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A name is stored as given or refused with the reason: never trimmed or stored with a line break in it. */
class NameRulesTest {
    private InMemoryTestConnector connector;
    private UnifiedDirectory directory;

    @BeforeEach
    void setUp() {
        ExchangeLog log = new ExchangeLog(List.of(InMemoryTestConnector.TOKEN));
        connector = new InMemoryTestConnector(log, 3);
        directory = new UnifiedDirectory("test", InMemoryTestConnector.PROVIDER, connector, log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Night\nShift", "Night\tShift", "Night\u0000Shift", "Night Shift\r"})
    void aControlCharacterInAGroupNameIsRefusedBeforeAnythingIsSent(String name) {
        int before = directory.exchanges().snapshot().size();

        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.createGroup(new GroupInput(name, null, null, null)));

        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.getMessage()).startsWith("name contains a control character").contains("remove it");
        assertThat(directory.exchanges().snapshot()).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {" Night Shift", "Night Shift ", "  Night Shift  "})
    void surroundingSpacesAreRefusedNotSilentlyTrimmed(String name) {
        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.createGroup(new GroupInput(name, null, null, null)));

        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.getMessage()).contains("starts or ends with a space").contains("\"" + name + "\"");
    }

    @Test
    void aDescriptionKeepsItsLineBreaks() {
        var created = directory.createGroup(new GroupInput("Night Shift", "line one\nline two", null, null)).item();

        assertThat(created.description()).isEqualTo("line one\nline two");
    }
}
