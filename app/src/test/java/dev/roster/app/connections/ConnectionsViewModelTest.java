package dev.roster.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.trace.Exchange;
import dev.roster.app.inspector.InspectorViewModel;
import dev.roster.app.session.Session;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {
    @TempDir Path dir;

    private Connections connections(ConnectorRegistry registry) {
        RosterHome home = RosterHome.of(dir).ensureExists();
        return new Connections(home, new ConnectionStore(home.connectionsFile()), new NoKeychainSecretStore("test"), registry,
                k -> null);
    }

    @Test
    void aFreshHomeSelectsTheSandboxAndConnects() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 3, 3)));
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(registry), new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.items()).extracting(ConnectionItem::name).containsExactly("sandbox");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("sandbox");
        assertThat(vm.session()).isNotNull();
        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        Session open = vm.session();
        // The window closes: the session is handed back for closing off the UI thread.
        assertThat(vm.shutdown()).isSameAs(open);
        assertThat(vm.session()).isNull();
    }

    @Test
    void aConnectionThatCannotOpenShowsAnError() {
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of())), new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        vm.load();
        ConnectionItem item = vm.selectedProperty().get();
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(item.detailProperty().get()).isEqualTo("There is no connector of type \"sandbox\" (known types: ).");
        assertThat(vm.session()).isNull();
    }

    /** The Sandbox's provider, with {@code whileConnecting} run when a connection is opened (on the task's worker). */
    private static ConnectorProvider sandbox(Runnable whileConnecting, List<FakeDirectory> opened) {
        ConnectorProvider fake = FakeDirectory.provider("sandbox", 3, 3);
        return new ConnectorProvider() {
            @Override public String id() { return fake.id(); }
            @Override public String displayName() { return fake.displayName(); }
            @Override public List<SettingSpec> settings() { return fake.settings(); }
            @Override public Capabilities capabilities() { return fake.capabilities(); }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                whileConnecting.run();
                FakeDirectory directory = (FakeDirectory) fake.connect(settings, log);
                opened.add(directory);
                return directory;
            }
        };
    }

    @Test
    void aConnectionStillOpeningWhenTheWindowClosesIsClosedWhenItOpens() {
        List<FakeDirectory> opened = new ArrayList<>();
        ConnectionsViewModel[] vm = new ConnectionsViewModel[1];
        Session[] returned = {null};
        boolean[] closeDuringOpen = {true};
        var registry = ConnectorRegistry.of(List.of(sandbox(() -> {
            if (closeDuringOpen[0]) {
                closeDuringOpen[0] = false;
                returned[0] = vm[0].shutdown();
            }
        }, opened)));
        vm[0] = new ConnectionsViewModel(connections(registry), new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm[0].load();
        // Nothing was open yet when the window closed; the open that was under way ends with its connection closed.
        assertThat(returned[0]).isNull();
        assertThat(opened).singleElement().satisfies(d -> assertThat(d.closes).isEqualTo(1));
        assertThat(vm[0].session()).isNull();
    }

    @Test
    void theFailedConnectOfAnUnreachableConnectionIsListedForTheInspector() {
        ConnectorProvider fake = FakeDirectory.provider("sandbox", 3, 3);
        ConnectorProvider unreachable = new ConnectorProvider() {
            @Override public String id() { return fake.id(); }
            @Override public String displayName() { return fake.displayName(); }
            @Override public List<SettingSpec> settings() { return fake.settings(); }
            @Override public Capabilities capabilities() { return fake.capabilities(); }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                FakeDirectory directory = (FakeDirectory) fake.connect(settings, log);
                return new Unreachable(directory, log);
            }
        };
        SameThreadRunner runner = new SameThreadRunner();
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of(unreachable))), runner,
                Messages.load(Locale.ROOT));
        InspectorViewModel inspector = new InspectorViewModel(vm.sessionProperty(), vm.traceProperty(), runner, Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(vm.session()).isNull();
        assertThat(inspector.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(-1);
            assertThat(e.error()).isEqualTo("connection refused");
        });
        // Another connection (or a retry) starts a new list.
        vm.selectedProperty().set(null);
        assertThat(inspector.exchanges()).isEmpty();
    }

    /** A directory whose server does not answer: verify records the failed connect and fails, as connectors do. */
    private record Unreachable(FakeDirectory delegate, ExchangeLog log) implements DirectoryConnector {
        @Override public void verify() {
            log.record(new Exchange(0, "sandbox", Exchange.HTTP, "GET", "https://fake.test/me", Map.of(), null, -1, null, Map.of(),
                    null, Instant.now(), Duration.ZERO, "connection refused"));
            throw DirectoryException.of(ErrorKind.TRANSPORT, "cannot reach https://fake.test: connection refused");
        }
        @Override public dev.roster.connectors.ProviderPage<dev.roster.connectors.model.Group> listGroups(dev.roster.connectors.ListRequest r) { return delegate.listGroups(r); }
        @Override public dev.roster.connectors.ProviderPage<dev.roster.connectors.model.User> listUsers(dev.roster.connectors.ListRequest r) { return delegate.listUsers(r); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> getGroup(String id) { return delegate.getGroup(id); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> createGroup(dev.roster.connectors.model.GroupInput i) { return delegate.createGroup(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.User> createUser(dev.roster.connectors.model.UserInput i) { return delegate.createUser(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> addMember(dev.roster.connectors.model.MembershipInput i) { return delegate.addMember(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> removeMember(dev.roster.connectors.model.MembershipInput i) { return delegate.removeMember(i); }
        @Override public void close() { delegate.close(); }
    }

    @Test
    void aConnectionWhoseOpeningSpentItsRateLimitShowsRateLimitedNotConnected() {
        ConnectorProvider fake = FakeDirectory.provider("sandbox", 3, 3);
        Instant reset = Instant.parse("2030-01-01T00:00:00Z");
        ConnectorProvider spent = new ConnectorProvider() {
            @Override public String id() { return fake.id(); }
            @Override public String displayName() { return fake.displayName(); }
            @Override public List<SettingSpec> settings() { return fake.settings(); }
            @Override public Capabilities capabilities() { return fake.capabilities(); }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                return new SpentOnVerify((FakeDirectory) fake.connect(settings, log), new DirectorySignal.RateLimited(600L, 0L, reset),
                        new java.util.concurrent.CopyOnWriteArrayList<>());
            }
        };
        Messages messages = Messages.load(Locale.ROOT);
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of(spent))), new SameThreadRunner(), messages);

        vm.load();

        assertThat(vm.session()).isNotNull();
        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        assertThat(vm.selectedProperty().get().detailProperty().get())
                .isEqualTo(messages.get("connections.rateLimitedUntil", dev.roster.app.ui.Formats.time(reset)));
        vm.shutdown();
    }

    /** A directory whose verify answer reports its rate-limit window spent, through the typed listener as transports do. */
    private record SpentOnVerify(FakeDirectory delegate, DirectorySignal.RateLimited limit,
                                 List<java.util.function.Consumer<DirectorySignal.RateLimited>> listeners) implements DirectoryConnector {
        @Override public void verify() {
            delegate.verify();
            listeners.forEach(l -> l.accept(limit));
        }
        @Override public Runnable onRateLimit(java.util.function.Consumer<DirectorySignal.RateLimited> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
        @Override public dev.roster.connectors.ProviderPage<dev.roster.connectors.model.Group> listGroups(dev.roster.connectors.ListRequest r) { return delegate.listGroups(r); }
        @Override public dev.roster.connectors.ProviderPage<dev.roster.connectors.model.User> listUsers(dev.roster.connectors.ListRequest r) { return delegate.listUsers(r); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> getGroup(String id) { return delegate.getGroup(id); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> createGroup(dev.roster.connectors.model.GroupInput i) { return delegate.createGroup(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.User> createUser(dev.roster.connectors.model.UserInput i) { return delegate.createUser(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> addMember(dev.roster.connectors.model.MembershipInput i) { return delegate.addMember(i); }
        @Override public dev.roster.connectors.ProviderResult<dev.roster.connectors.model.Group> removeMember(dev.roster.connectors.model.MembershipInput i) { return delegate.removeMember(i); }
        @Override public void close() { delegate.close(); }
    }

    @Test
    void aConnectionThatBindsInClearShowsAWarningWhetherOrNotItOpens() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 1, 1), ConnectorRegistry.load().require("ldap")));
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        // nothing listens on port 1: the open fails, the warning is shown all the same
        store.add(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://127.0.0.1:1", "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com"), Map.of("bind_password", "env:CORP_PW")));
        Connections connections = new Connections(home, store, new NoKeychainSecretStore("test"), registry, k -> "pw");
        ConnectionsViewModel vm = new ConnectionsViewModel(connections, new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.selectedProperty().get().warningProperty().get()).isNullOrEmpty();

        ConnectionItem corp = vm.items().stream().filter(i -> i.name().equals("corp")).findFirst().orElseThrow();
        vm.selectedProperty().set(corp);

        assertThat(corp.warningProperty().get()).contains("in clear").contains("127.0.0.1:1");
        assertThat(corp.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        vm.shutdown();
    }

    @Test
    void aConnectionThatCannotOpenOffersRetryAndRetryOpensItAgain() {
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of())), new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.canRetryProperty().get()).isTrue();

        vm.reconnect();

        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(vm.canRetryProperty().get()).isTrue();
    }

    @Test
    void aConnectionThatOpensOffersNoRetry() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 3, 3)));
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(registry), new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();

        assertThat(vm.canRetryProperty().get()).isFalse();
        vm.shutdown();
    }

    @Test
    void aConnectionWhoseReviewRefusesItNoLongerShowsItsEarlierWarning() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 1, 1), ConnectorRegistry.load().require("ldap")));
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        Map<String, String> secrets = Map.of("bind_password", "env:CORP_PW");
        store.add(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://127.0.0.1:1", "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com"), secrets));
        Connections connections = new Connections(home, store, new NoKeychainSecretStore("test"), registry, k -> "pw");
        ConnectionsViewModel vm = new ConnectionsViewModel(connections, new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        ConnectionItem corp = vm.items().stream().filter(i -> i.name().equals("corp")).findFirst().orElseThrow();
        vm.selectedProperty().set(corp);
        assertThat(corp.warningProperty().get()).contains("in clear");

        // now in clear to another machine (a TEST-NET address): refused before anything is sent
        store.update(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://192.0.2.10:389", "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com"), secrets));
        vm.reconnect();

        assertThat(corp.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(corp.warningProperty().get()).as("the earlier settings' warning").isNullOrEmpty();
        vm.shutdown();
    }

    @Test
    void statusFollowsTheConnectionsTypedSignalsNotWireCodes() {
        Messages messages = Messages.load(Locale.ROOT);
        ConnectionItem item = new ConnectionItem("x", "okta", "Okta");

        ConnectionsViewModel.track(item, new DirectorySignal.RateLimited(600L, 0L, null), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        ConnectionsViewModel.track(item, new DirectorySignal.Answered(), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, failed(ErrorKind.NOT_FOUND), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, failed(ErrorKind.AUTHENTICATION), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        // the reason comes from the console's bundle, rendered from the error's code
        assertThat(item.detailProperty().get()).isEqualTo(messages.get("errors.ldapInvalidCredentials", "bind", "invalid credentials", "49"));
        ConnectionsViewModel.track(item, failed(ErrorKind.TRANSPORT), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
    }

    private static DirectorySignal failed(ErrorKind kind) {
        return new DirectorySignal.Failed(DirectoryException.coded(kind, ErrorCode.LDAP_INVALID_CREDENTIALS, "bind",
                "invalid credentials", "49"));
    }
}
