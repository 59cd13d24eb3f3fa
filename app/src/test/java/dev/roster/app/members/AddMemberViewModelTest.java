package dev.roster.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddMemberViewModelTest {
    @TempDir Path home;
    private final Sessions.Fake fake = Sessions.fake(3, 30);

    private AddMemberViewModel vm() {
        List<Group> groups = fake.directory().groups;
        return new AddMemberViewModel(fake.session(), groups, groups.get(1), new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("a.jsonl")), Clock.systemUTC()), 0);
    }

    @Test
    void typingSearchesUsersAndASingleMatchIsChosen() {
        AddMemberViewModel vm = vm();
        assertThat(vm.groupProperty().get().id()).isEqualTo("g1");
        vm.searchProperty().set("user2");
        assertThat(vm.matches()).extracting(User::id).contains("u2", "u20", "u29");
        assertThat(vm.userProperty().get()).isNull();
        vm.searchProperty().set("user17@");
        assertThat(vm.matches()).extracting(User::id).containsExactly("u17");
        assertThat(vm.userProperty().get().id()).isEqualTo("u17");
        vm.searchProperty().set("");
        assertThat(vm.matches()).isEmpty();
    }

    @Test
    void addingPutsTheUserInTheGroup() {
        AddMemberViewModel vm = vm();
        vm.searchProperty().set("user17@");
        List<Group> added = new ArrayList<>();
        assertThat(vm.canSubmit().get()).isTrue();
        vm.submit(added::add);
        assertThat(added).extracting(Group::id).containsExactly("g1");
        assertThat(fake.directory().members.get("g1")).containsExactly("u17");
        vm.submit(added::add);
        assertThat(vm.state().errorProperty().get()).contains("already a member");
    }

    /** A session over a fake directory that declares {@code capabilities}, as a real connector would. */
    private static Sessions.Fake withCapabilities(dev.roster.connectors.Capabilities capabilities) {
        var log = new dev.roster.connectors.trace.ExchangeLog(List.of(dev.roster.app.testing.FakeDirectory.TOKEN));
        var directory = new dev.roster.app.testing.FakeDirectory(log, 3, 30);
        directory.searchParameter = capabilities.of(dev.roster.connectors.Operation.LIST_USERS)
                .flatMap(dev.roster.connectors.OperationCapability::search).orElse(null);
        var provider = new dev.roster.connectors.ConnectorProvider() {
            @Override public String id() { return "ldap-like"; }
            @Override public String displayName() { return "LDAP-like"; }
            @Override public List<dev.roster.connectors.SettingSpec> settings() { return List.of(); }
            @Override public dev.roster.connectors.Capabilities capabilities() { return capabilities; }
            @Override public dev.roster.connectors.DirectoryConnector connect(dev.roster.connectors.ConnectionSettings settings,
                                                                               dev.roster.connectors.trace.ExchangeLog l) {
                return directory;
            }
        };
        return new Sessions.Fake(new dev.roster.app.session.Session("ldap-like",
                new dev.roster.connectors.UnifiedDirectory("ldap-like", provider, directory, log)), directory);
    }

    private AddMemberViewModel vm(Sessions.Fake on) {
        List<Group> groups = on.directory().groups;
        return new AddMemberViewModel(on.session(), groups, groups.get(1), new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("b.jsonl")), Clock.systemUTC()), 0);
    }

    private static long userReads(Sessions.Fake on) {
        return on.session().exchanges().snapshot().stream().filter(e -> e.target().contains("/users")).count();
    }

    @Test
    void withoutASearchParameterTheUsersAreReadOnceAndFilteredAsYouType() {
        // A connector that declares only server-side parameters for list_users and no free-text search (Truto, say).
        Sessions.Fake ldap = withCapabilities(listUsersDeclaring(dev.roster.connectors.OperationCapability.of(
                java.util.Set.of("id", "name", "username", "emails"), java.util.Set.of()).withParameters(java.util.Set.of("filter", "base"))));
        AddMemberViewModel vm = vm(ldap);
        assertThat(userReads(ldap)).isZero();
        vm.searchProperty().set("u");
        long afterFirstKeystroke = userReads(ldap);
        assertThat(afterFirstKeystroke).isPositive();
        vm.searchProperty().set("user2");
        vm.searchProperty().set("user29");
        assertThat(vm.matches()).extracting(User::id).containsExactly("u29");
        assertThat(vm.userProperty().get().id()).isEqualTo("u29");
        vm.searchProperty().set("FAILS always");
        assertThat(vm.matches()).extracting(User::id).containsExactly(dev.roster.app.testing.FakeDirectory.FAILING_USER);
        assertThat(userReads(ldap)).as("no read per keystroke").isEqualTo(afterFirstKeystroke);
        vm.searchProperty().set("user17@");
        List<Group> added = new ArrayList<>();
        vm.submit(added::add);
        assertThat(ldap.directory().members.get("g1")).containsExactly("u17");
    }

    private static dev.roster.connectors.Capabilities listUsersDeclaring(dev.roster.connectors.OperationCapability listUsers) {
        return dev.roster.connectors.Capabilities.builder()
                .operation(dev.roster.connectors.Operation.LIST_USERS, listUsers)
                .operation(dev.roster.connectors.Operation.ADD_MEMBER, dev.roster.connectors.OperationCapability.of(
                        java.util.Set.of("group_id", "user_id"), java.util.Set.of("group_id", "user_id")))
                .build();
    }

    @Test
    void withADeclaredSearchParameterEachSearchAsksTheDirectoryWithThatParameter() {
        // as Okta: "search" takes an expression, "q" the text typed; the connector declares q
        Sessions.Fake searching = withCapabilities(listUsersDeclaring(dev.roster.connectors.OperationCapability.of(
                java.util.Set.of("id"), java.util.Set.of()).withParameters(java.util.Set.of("search", "q", "filter")).withSearchParameter("q")));
        AddMemberViewModel vm = vm(searching);
        vm.searchProperty().set("user2");
        long first = userReads(searching);
        vm.searchProperty().set("user29");

        assertThat(userReads(searching)).isEqualTo(first + 1);
        assertThat(searching.directory().userRequests).extracting(r -> r.parameters())
                .containsExactly(java.util.Map.of("q", "user2"), java.util.Map.of("q", "user29"));
        assertThat(searching.directory().userRequests).extracting(r -> r.limit()).containsOnly(AddMemberViewModel.MAX_MATCHES);
        assertThat(vm.matches()).extracting(User::id).containsExactly("u29");
        assertThat(vm.userProperty().get().id()).isEqualTo("u29");
    }

    @Test
    void parametersThatOnlyLookLikeASearchAreNeverGuessedAtAndTheUsersAreFilteredHere() {
        Sessions.Fake undeclared = withCapabilities(listUsersDeclaring(dev.roster.connectors.OperationCapability.of(
                java.util.Set.of("id"), java.util.Set.of()).withParameters(java.util.Set.of("search", "q", "query"))));
        AddMemberViewModel vm = vm(undeclared);
        vm.searchProperty().set("user2");
        vm.searchProperty().set("user29");

        assertThat(undeclared.directory().userRequests).isNotEmpty().allSatisfy(r -> assertThat(r.parameters()).isEmpty());
        long reads = userReads(undeclared);
        vm.searchProperty().set("user17@");
        assertThat(userReads(undeclared)).as("read once, filtered per keystroke").isEqualTo(reads);
        assertThat(vm.matches()).extracting(User::id).containsExactly("u17");
    }
}
