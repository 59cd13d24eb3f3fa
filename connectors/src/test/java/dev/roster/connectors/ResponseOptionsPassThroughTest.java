package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list's response options reach only a connector whose capabilities say its provider shapes answers itself. */
class ResponseOptionsPassThroughTest {
    private static final ResponseOptions OPTIONS = new ResponseOptions(ResponseFormat.NORMALIZED, List.of("name"), true, null);

    @Test
    void aConnectorThatDoesNotShapeResponsesNeverSeesThem() {
        List<ListRequest> seen = list(InMemoryTestConnector.PROVIDER);

        assertThat(seen).isNotEmpty().allSatisfy(r -> assertThat(r.responseOptions()).isNull());
    }

    @Test
    void aConnectorThatShapesResponsesGetsThemOnEveryPageOfAWalk() {
        ConnectorProvider shaping = new DelegatingProvider(InMemoryTestConnector.PROVIDER,
                new Capabilities(InMemoryTestConnector.PROVIDER.capabilities().operations(), true));

        List<ListRequest> seen = list(shaping);

        assertThat(seen).hasSizeGreaterThan(2).allSatisfy(r -> assertThat(r.responseOptions()).isEqualTo(OPTIONS));
    }

    @Test
    void theOlderConstructorsMeanNoOptions() {
        assertThat(new ListRequest(5, null, null, null, null).responseOptions()).isNull();
        assertThat(new ListQuery(5, null, null, null, null).responseOptions()).isNull();
        assertThat(ListQuery.ofLimit(5).withResponseOptions(OPTIONS).withCursor(null).withGroupId("g").responseOptions()).isEqualTo(OPTIONS);
        assertThat(new Capabilities(java.util.Map.of()).shapesResponses()).isFalse();
    }

    private static List<ListRequest> list(ConnectorProvider provider) {
        ExchangeLog log = new ExchangeLog(List.of());
        Recording connector = new Recording(new InMemoryTestConnector(log, 25));
        try (UnifiedDirectory directory = new UnifiedDirectory("test", provider, connector, log)) {
            directory.listGroups(ListQuery.ofLimit(10).withResponseOptions(OPTIONS));
            directory.walkGroups(ListQuery.ofLimit(10).withResponseOptions(OPTIONS), page -> { }, () -> false);
        }
        return connector.requests;
    }

    private record DelegatingProvider(ConnectorProvider delegate, Capabilities capabilities) implements ConnectorProvider {
        @Override public String id() { return delegate.id(); }
        @Override public String displayName() { return delegate.displayName(); }
        @Override public List<SettingSpec> settings() { return delegate.settings(); }
        @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) { return delegate.connect(settings, log); }
    }

    private static final class Recording implements DirectoryConnector {
        final List<ListRequest> requests = new ArrayList<>();
        private final DirectoryConnector delegate;

        Recording(DirectoryConnector delegate) {
            this.delegate = delegate;
        }

        @Override public ProviderPage<Group> listGroups(ListRequest request) {
            requests.add(request);
            return delegate.listGroups(request);
        }
        @Override public ProviderPage<User> listUsers(ListRequest request) {
            requests.add(request);
            return delegate.listUsers(request);
        }
        @Override public ProviderResult<Group> getGroup(String groupId) { return delegate.getGroup(groupId); }
        @Override public ProviderResult<Group> createGroup(GroupInput input) { return delegate.createGroup(input); }
        @Override public ProviderResult<User> createUser(UserInput input) { return delegate.createUser(input); }
        @Override public ProviderResult<Group> addMember(MembershipInput input) { return delegate.addMember(input); }
        @Override public ProviderResult<Group> removeMember(MembershipInput input) { return delegate.removeMember(input); }
        @Override public void verify() { delegate.verify(); }
        @Override public void close() { delegate.close(); }
    }
}
