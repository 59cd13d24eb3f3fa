package dev.roster.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.model.User;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The users browser's model on a fake directory: what it asks the directory for, and what it shows. */
class UsersViewModelTest {
    /** A connector that declares {@code q} as its free-text user search, and an LDAP-like {@code filter} beside it. */
    private static final Capabilities SEARCHABLE = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name"), Set.of()))
            .operation(Operation.LIST_USERS, OperationCapability.of(Set.of("id"), Set.of()).withParameters(Set.of("q", "filter"))
                    .withSearchParameter("q"))
            .build();

    private final Messages messages = Messages.load(Locale.ROOT);

    private UsersViewModel vm(Sessions.Fake fake) {
        return new UsersViewModel(new SimpleObjectProperty<>(fake.session()), new SameThreadRunner(), messages, 0);
    }

    @Test
    void nothingIsReadUntilTheViewIsShown() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 30);
        UsersViewModel vm = vm(fake);
        vm.searchProperty().set("user1");
        assertThat(fake.directory().userRequests).isEmpty();
        vm.activate();
        assertThat(fake.directory().userRequests).hasSize(1);
        vm.deactivate();
        vm.activate();
        assertThat(fake.directory().userRequests).as("shown again on the same session: not read again").hasSize(1);
    }

    @Test
    void typingSearchesTheDirectoryByTheDeclaredParameter() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 30);
        UsersViewModel vm = vm(fake);
        vm.activate();
        assertThat(vm.searchParameterProperty().get()).isEqualTo("q");
        assertThat(vm.parameters()).extracting(p -> p.name()).containsExactly("filter");
        assertThat(fake.directory().userRequests.getLast().parameters()).isEmpty();
        vm.searchProperty().set("user17@");
        ListRequest sent = fake.directory().userRequests.getLast();
        assertThat(sent.parameters()).isEqualTo(Map.of("q", "user17@"));
        assertThat(sent.limit()).isEqualTo(UsersViewModel.PAGE_SIZE);
        assertThat(vm.loaded()).extracting(User::id).containsExactly("u17");
        assertThat(vm.countProperty().get()).isEqualTo("1 user found for \u201cuser17@\u201d");
        vm.searchProperty().set("  ");
        assertThat(fake.directory().userRequests.getLast().parameters()).as("an empty search lists without it").isEmpty();
        assertThat(vm.loaded()).hasSize(31);
    }

    @Test
    void theOtherDeclaredParametersAreSentWithTheSearch() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 30);
        UsersViewModel vm = vm(fake);
        vm.activate();
        vm.parameters().getFirst().valueProperty().set(" (title=x) ");
        vm.searchProperty().set("ada");
        assertThat(fake.directory().userRequests.getLast().parameters()).isEqualTo(Map.of("q", "ada", "filter", "(title=x)"));
    }

    @Test
    void pagesOnePageAtATimeWithLoadMore() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 250);
        UsersViewModel vm = vm(fake);
        vm.activate();
        assertThat(vm.loaded()).hasSize(100);
        assertThat(vm.moreAvailableProperty().get()).isTrue();
        assertThat(vm.countProperty().get()).isEqualTo("100 users loaded, more available");
        vm.loadMore();
        assertThat(vm.loaded()).hasSize(200);
        vm.loadMore();
        // 250 numbered users and the fake's one failing user
        assertThat(vm.loaded()).hasSize(251);
        assertThat(vm.moreAvailableProperty().get()).isFalse();
        assertThat(fake.directory().userRequests).extracting(ListRequest::limit).containsOnly(100);
        assertThat(vm.loaded()).extracting(User::id).doesNotHaveDuplicates();
    }

    @Test
    void loadMoreContinuesTheSearchShown() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 250);
        UsersViewModel vm = vm(fake);
        vm.activate();
        // user1, user10..user19, user100..user199: 111 matches of "user1"
        vm.searchProperty().set("user1");
        assertThat(vm.loaded()).hasSize(100);
        vm.loadMore();
        assertThat(fake.directory().userRequests.getLast().parameters()).isEqualTo(Map.of("q", "user1"));
        assertThat(vm.loaded()).hasSize(111);
        assertThat(vm.countProperty().get()).isEqualTo("111 users found for \u201cuser1\u201d");
    }

    @Test
    void aConnectorWithoutSearchPagesWithoutItAndSaysSo() {
        Sessions.Fake fake = Sessions.fake(2, 30);
        UsersViewModel vm = vm(fake);
        vm.activate();
        assertThat(vm.searchParameterProperty().get()).isNull();
        assertThat(vm.searchNoteProperty().get()).isEqualTo("test has no free-text user search: its users are paged as the "
                + "directory lists them (Load more), or narrowed with its server-side parameters below.");
        int before = fake.directory().userRequests.size();
        vm.searchProperty().set("user1");
        assertThat(fake.directory().userRequests).as("typing sends nothing").hasSize(before);
        assertThat(vm.loaded()).hasSize(31);
    }

    @Test
    void aCreatedUserIsShownOnTopAndSelectedAndNotListedTwice() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 150);
        UsersViewModel vm = vm(fake);
        vm.activate();
        User created = User.builder("u120").name("User 120").username("user120").build();
        vm.created(created);
        assertThat(vm.loaded().getFirst()).isSameAs(created);
        assertThat(vm.selectedProperty().get()).isSameAs(created);
        vm.loadMore();
        assertThat(vm.loaded()).extracting(User::id).doesNotHaveDuplicates().hasSize(151);
        vm.searchProperty().set("user7");
        assertThat(vm.loaded()).as("a later search replaces it").extracting(User::id).doesNotContain("u120");
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void aCreatedUserStaysWhenTheFirstListArrivesAfterIt() {
        Sessions.Fake fake = Sessions.fake(SEARCHABLE, 2, 10);
        var session = new SimpleObjectProperty<Session>(fake.session());
        // a runner that holds the first list until the test lets it finish, as a slow directory would
        var held = new java.util.ArrayList<Runnable>();
        var runner = new dev.roster.app.ui.task.TaskRunner() {
            @Override public <T> dev.roster.app.ui.task.TaskHandle run(dev.roster.app.ui.task.BackgroundTask<T> task) {
                held.add(() -> new SameThreadRunner().run(task));
                return dev.roster.app.ui.task.TaskHandle.DONE;
            }
            @Override public void onUi(Runnable action) {
                action.run();
            }
        };
        UsersViewModel vm = new UsersViewModel(session, runner, messages, 0);
        vm.activate();
        User created = User.builder("u-new").name("New Person").username("new.person").build();
        vm.created(created);
        held.getFirst().run();
        assertThat(vm.loaded().getFirst()).isSameAs(created);
        assertThat(vm.loaded()).hasSize(12);
        assertThat(vm.selectedProperty().get()).isSameAs(created);
    }

    @Test
    void anotherConnectionStartsOver() {
        Sessions.Fake first = Sessions.fake(SEARCHABLE, 2, 30);
        Sessions.Fake second = Sessions.fake(2, 5);
        var session = new SimpleObjectProperty<Session>(first.session());
        UsersViewModel vm = new UsersViewModel(session, new SameThreadRunner(), messages, 0);
        vm.activate();
        vm.select(vm.loaded().get(3));
        session.set(second.session());
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.loaded()).extracting(User::id).containsExactly("u0", "u1", "u2", "u3", "u4", FakeDirectory.FAILING_USER);
        assertThat(vm.parameters()).isEmpty();
        assertThat(vm.searchParameterProperty().get()).isNull();
    }
}
