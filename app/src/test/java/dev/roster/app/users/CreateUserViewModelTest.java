package dev.roster.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateUserViewModelTest {
    @TempDir Path home;
    private final Sessions.Fake fake = Sessions.fake(1, 1);
    private final List<User> created = new ArrayList<>();

    private CreateUserViewModel vm() {
        return new CreateUserViewModel(fake.session(), new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("a.jsonl")), Clock.systemUTC()));
    }

    @Test
    void invalidInputIsReportedInlineAndNothingIsSent() {
        CreateUserViewModel vm = vm();
        int exchanges = fake.session().exchanges().snapshot().size();
        vm.emails().getFirst().emailProperty().set("not-an-email");
        vm.addPhone();
        vm.phones().getFirst().numberProperty().set("call me");
        vm.submit(created::add);
        assertThat(created).isEmpty();
        assertThat(fake.session().exchanges().snapshot()).hasSize(exchanges);
        assertThat(vm.form().summary().get()).contains("Username is required", "Last name is required",
                "\u201cnot-an-email\u201d is not an email address", "\u201ccall me\u201d is not a phone number");
    }

    @Test
    void afterFixingTheFormTheUserIsCreatedWithRepeatedFields() {
        CreateUserViewModel vm = vm();
        vm.submit(created::add);
        assertThat(created).isEmpty();
        vm.text("username").set("ada");
        vm.text("last_name").set("Lovelace");
        vm.emails().getFirst().emailProperty().set("ada@example.com");
        vm.addEmail();
        vm.emails().get(1).emailProperty().set("ada@home.example");
        vm.text("title").set("  ");
        vm.submit(created::add);
        assertThat(created).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("ada");
            assertThat(u.emails()).extracting(e -> e.email()).containsExactly("ada@example.com", "ada@home.example");
            assertThat(u.title()).isNull();
        });
    }

    @Test
    void aProviderRefusalKeepsTheDialogStateAndShowsTheMessage() {
        CreateUserViewModel vm = vm();
        vm.text("username").set(FakeDirectory.TAKEN_USERNAME);
        vm.text("last_name").set("Smith");
        vm.submit(created::add);
        assertThat(created).isEmpty();
        assertThat(vm.state().errorProperty().get()).isEqualTo("the username 'taken' is already in use (status 409)");
        assertThat(vm.text("username").get()).isEqualTo(FakeDirectory.TAKEN_USERNAME);
        assertThat(vm.state().busyProperty().get()).isFalse();
    }

    @Test
    void unsupportedFieldsAreNotSent() {
        CreateUserViewModel vm = vm();
        assertThat(vm.state().supports("timezone")).isFalse();
        vm.text("timezone").set("Europe/Paris");
        vm.text("username").set("bob");
        vm.text("last_name").set("B");
        vm.submit(created::add);
        assertThat(created).singleElement();
    }

    private CreateUserViewModel onLdap(dev.roster.app.testing.FakeDirectory[] directory) {
        var log = new dev.roster.connectors.trace.ExchangeLog(List.of(FakeDirectory.TOKEN));
        var fakeLdap = new FakeDirectory(log, 1, 1);
        directory[0] = fakeLdap;
        var ldap = dev.roster.connectors.ConnectorRegistry.load().require("ldap");
        var provider = new dev.roster.connectors.ConnectorProvider() {
            @Override public String id() { return "ldap"; }
            @Override public String displayName() { return "LDAP"; }
            @Override public List<dev.roster.connectors.SettingSpec> settings() { return List.of(); }
            @Override public dev.roster.connectors.Capabilities capabilities() { return ldap.capabilities(); }
            @Override public dev.roster.connectors.DirectoryConnector connect(dev.roster.connectors.ConnectionSettings s,
                                                                               dev.roster.connectors.trace.ExchangeLog l) {
                return fakeLdap;
            }
        };
        var session = new dev.roster.app.session.Session("corp", new dev.roster.connectors.UnifiedDirectory("corp", provider, fakeLdap, log));
        return new CreateUserViewModel(session, new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("b.jsonl")), Clock.systemUTC()));
    }

    @Test
    void onLdapALastNameOrANameIsAskedForBeforeAnythingIsSent() {
        FakeDirectory[] directory = new FakeDirectory[1];
        CreateUserViewModel vm = onLdap(directory);
        assertThat(vm.requirementNotes()).containsExactly("Fill in at least one of: Last name, Display name");
        assertThat(vm.state().marked("last_name")).isTrue();
        assertThat(vm.state().marked("name")).isTrue();
        assertThat(vm.state().marked("first_name")).isFalse();
        int users = directory[0].users.size();
        vm.text("username").set("ada");
        vm.text("first_name").set("Ada");
        vm.submit(created::add);
        assertThat(created).isEmpty();
        assertThat(directory[0].users).hasSize(users);
        assertThat(vm.form().summary().get()).isEqualTo("Fill in at least one of: Last name, Display name");
        vm.text("name").set("Ada Lovelace");
        assertThat(vm.form().summary().get()).isEmpty();
        vm.submit(created::add);
        assertThat(created).extracting(User::username).containsExactly("ada");
    }

    @Test
    void anEmailTypeIsSentOnlyWhereTheDirectoryKeepsIt() {
        CreateUserViewModel kept = vm();
        assertThat(kept.emailTypeKept()).isTrue();
        kept.text("username").set("grace");
        kept.text("last_name").set("Hopper");
        kept.emails().getFirst().emailProperty().set("grace@home.example");
        kept.emails().getFirst().typeProperty().set("home");
        kept.submit(created::add);
        assertThat(created).singleElement().satisfies(u -> assertThat(u.emails().getFirst().type()).isEqualTo("home"));

        FakeDirectory[] directory = new FakeDirectory[1];
        CreateUserViewModel ldap = onLdap(directory);
        assertThat(ldap.emailTypeKept()).isFalse();
    }
}
