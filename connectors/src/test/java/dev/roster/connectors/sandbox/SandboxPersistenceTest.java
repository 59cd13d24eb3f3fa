package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every acknowledged write survives a clean restart, a crash, a torn journal line and checkpoints. */
class SandboxPersistenceTest {
    @TempDir
    Path home;

    private record Written(Group group, User user) {
    }

    /** A group, a user with a non-ASCII name, and the user added to the group: three kinds of write. */
    private static Written write(SandboxServer server, String name) {
        try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
            Group group = directory.createGroup(new GroupInput(name, "persisted", GroupType.TEAM, null)).item();
            User user = directory.createUser(new UserInput("Zoë " + name, "Zoë", name, "zoe." + name.toLowerCase(), List.of(),
                    "Pa55-" + name, List.of(), null, null, List.of(), List.of(), List.of(), null, null, List.of(), null)).item();
            directory.addMember(new MembershipInput(group.id(), user.id(), null));
            return new Written(directory.getGroup(group.id()).item(), user);
        }
    }

    private static void assertPresent(SandboxServer server, Written written) {
        try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
            Group group = directory.getGroup(written.group().id()).item();
            List<User> members = directory.listUsers(ListQuery.ofLimit(10).withGroupId(group.id())).page().result();
            assertThat(group.name()).isEqualTo(written.group().name());
            assertThat(group.createdAt()).isEqualTo(written.group().createdAt());
            assertThat(group.updatedAt()).isEqualTo(written.group().updatedAt());
            assertThat(members).extracting(User::id).containsExactly(written.user().id());
            assertThat(members.getFirst().name()).isEqualTo(written.user().name());
        }
    }

    @Test
    void aCleanRestartKeepsEveryWriteInASnapshot() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Clean");
        first.close();

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertThat(second.loaded().source()).isEqualTo("snapshot");
            assertPresent(second, written);
        } finally {
            second.close();
        }
    }

    @Test
    void aKilledServerLosesNothingAcknowledged() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Crash");
        first.halt();

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertThat(second.loaded().source()).isEqualTo("snapshot+journal");
            assertThat(second.loaded().replayed()).isEqualTo(3);
            assertPresent(second, written);
        } finally {
            second.close();
        }
    }

    @Test
    void writesAfterARecoveryAreKeptToo() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written before = write(first, "Before");
        first.halt();
        SandboxServer second = SandboxFixture.start(home);
        Written after = write(second, "After");
        second.halt();

        SandboxServer third = SandboxFixture.start(home);
        try {
            assertPresent(third, before);
            assertPresent(third, after);
        } finally {
            third.close();
        }
    }

    @Test
    void aTornLastJournalLineIsIgnored() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Torn");
        first.halt();
        Path journal = journal();
        // what a crash in the middle of an append leaves: part of a line, no newline
        Files.writeString(journal, "{\"seq\":4,\"crc\":\"0badf00d\",\"ldif\":\"dn: cn=half", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertThat(second.loaded().tornTail()).isTrue();
            assertThat(second.loaded().replayed()).isEqualTo(3);
            assertPresent(second, written);
        } finally {
            second.close();
        }
        assertThat(Files.readString(journal())).as("a fresh journal after the recovery checkpoint").isEmpty();
    }

    @Test
    void aJournalPastTheThresholdIsFoldedIntoANewSnapshotWhileRunning() throws IOException {
        SandboxServer first = SandboxFixture.start(home, 1);
        long before = first.store().generation();
        Written written = write(first, "Folded");
        assertThat(first.store().generation()).isGreaterThan(before);
        first.halt();

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertThat(second.loaded().replayed()).isZero();
            assertPresent(second, written);
        } finally {
            second.close();
        }
        try (Stream<Path> files = Files.list(home.resolve("sandbox"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("snapshot-"))).hasSize(1);
        }
    }

    @Test
    void theBindPasswordFileIsOwnerOnly() throws IOException {
        SandboxServer server = SandboxFixture.start(home);
        server.close();
        Path file = home.resolve("sandbox").resolve(SandboxCredentials.FILE);

        assertThat(Files.readString(file)).hasSizeGreaterThanOrEqualTo(32);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void anEmptyPasswordFileIsRecoveredFrom() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Empty");
        first.close();
        Files.write(home.resolve("sandbox").resolve(SandboxCredentials.FILE), new byte[0]);

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertPresent(second, written);
            write(second, "AfterReset");
            assertThat(second.warnings()).singleElement().asString().contains("bind-password was empty")
                    .contains("reset its service account");
        } finally {
            second.close();
        }
        SandboxServer third = SandboxFixture.start(home);
        try {
            assertThat(third.warnings()).as("said once").isEmpty();
        } finally {
            third.close();
        }
    }

    @Test
    void aPasswordFileHoldingGarbageIsRecoveredFrom() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Garbage");
        first.close();
        Files.write(home.resolve("sandbox").resolve(SandboxCredentials.FILE), new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\n'});

        SandboxServer second = SandboxFixture.start(home);
        try {
            assertPresent(second, written);
            assertThat(second.warnings()).singleElement().asString().contains("bind-password was not readable text");
        } finally {
            second.close();
        }
        SandboxServer third = SandboxFixture.start(home);
        try {
            assertPresent(third, written);
        } finally {
            third.close();
        }
    }

    @Test
    void aCompleteLastJournalRecordWithABadChecksumIsToldToTheUserOnce() throws IOException {
        SandboxServer first = SandboxFixture.start(home);
        Written written = write(first, "Damaged");
        first.halt();
        Path journal = journal();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        // the add-member record, complete and newline-terminated, one bit of its checksum off
        String last = lines.getLast();
        lines.set(lines.size() - 1, last.replaceFirst("\"crc\":\"(.)", "\"crc\":\"" + (last.contains("\"crc\":\"0") ? "1" : "0")));
        Files.write(journal, lines, StandardCharsets.UTF_8);

        var settings = new dev.roster.connectors.ConnectionSettings("demo",
                java.util.Map.of(SandboxConnectorProvider.HOME, home.toString()), java.util.Map.of());
        try (UnifiedDirectory directory = UnifiedDirectory.open(new SandboxConnectorProvider(), settings)) {
            assertThat(directory.warnings()).singleElement().asString().contains("damaged record")
                    .contains("line 3").contains("may be lost");
            assertThat(directory.warnings()).as("said once").isEmpty();
            assertThat(directory.getGroup(written.group().id()).item().name()).isEqualTo("Damaged");
        }
    }

    private Path journal() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("sandbox"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("journal-")).findFirst().orElseThrow();
        }
    }
}
