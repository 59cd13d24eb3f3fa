package dev.roster.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A list-backed connector for testing the engine's own logic (formats, options, cursors, validation)
 * apart from any provider. It records an HTTP-like exchange per call carrying a bearer token, so masking
 * can be checked. Providers are tested against their real servers or WireMock, not this.
 */
final class InMemoryTestConnector implements DirectoryConnector {
    static final String TOKEN = "planted-s3cret-token-4242";

    static final ConnectorProvider PROVIDER = new ConnectorProvider() {
        @Override public String id() { return "memory"; }
        @Override public String displayName() { return "In-memory test"; }
        @Override public List<SettingSpec> settings() { return List.of(SettingSpec.secret("token", "Token", true, null)); }
        @Override public Capabilities capabilities() {
            return Capabilities.builder()
                    .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name"), Set.of()).withParameters(Set.of("search")))
                    .operation(Operation.GET_GROUP, OperationCapability.of(Set.of("id"), Set.of()))
                    .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "description", "remote_data"), Set.of("name")))
                    .operation(Operation.LIST_USERS, OperationCapability.of(Set.of("id"), Set.of()))
                    .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
                    .build();
        }
        @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
            return new InMemoryTestConnector(log, 25);
        }
    };

    final List<Group> groups = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    /** Every list request as the connector received it (after UnifiedDirectory's clamping). */
    final List<ListRequest> listRequests = new CopyOnWriteArrayList<>();
    /** Reported after every call, as a transport reports what the rate-limit headers said; null: never. */
    volatile DirectorySignal.RateLimited rateLimit;
    private final List<Consumer<DirectorySignal.RateLimited>> rateLimitListeners = new CopyOnWriteArrayList<>();
    private final ExchangeLog log;
    boolean loopAfterFirstPage;

    InMemoryTestConnector(ExchangeLog log, int groupCount) {
        this.log = log;
        for (int i = 0; i < groupCount; i++) {
            ObjectNode remote = Json.mapper().createObjectNode().put("native_id", "g" + i).put("vendor_field", "v" + i);
            groups.add(new Group("g" + i, "Group " + i, i % 2 == 0 ? null : "odd one", GroupType.values()[i % 3], "Example",
                    Instant.parse("2024-01-01T00:00:00Z"), null, remote));
        }
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        listRequests.add(request);
        int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        int size = request.limit() == null ? 10 : request.limit();
        List<Group> slice = groups.subList(Math.min(from, groups.size()), Math.min(from + size, groups.size()));
        String next = from + size < groups.size() ? String.valueOf(from + size) : null;
        if (loopAfterFirstPage && from > 0) {
            next = String.valueOf(from);
        }
        ArrayNode raw = Json.mapper().createArrayNode();
        slice.forEach(g -> raw.add(g.remoteData()));
        return new ProviderPage<>(slice, raw, next, exchange("GET", "https://memory.test/groups?after=" + from, null, raw));
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        Group g = groups.stream().filter(x -> x.id().equals(groupId)).findFirst()
                .orElseThrow(() -> DirectoryException.of(ErrorKind.NOT_FOUND, "no group " + groupId));
        return new ProviderResult<>(g, g.remoteData(), exchange("GET", "https://memory.test/groups/" + groupId, null, g.remoteData()));
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        ObjectNode body = Json.mapper().createObjectNode().put("name", input.name());
        if (input.remoteData() != null) {
            body.setAll(input.remoteData());
        }
        Group g = new Group("g" + groups.size(), input.name(), input.description(), input.groupType(), null, Instant.now(), null, body);
        groups.add(g);
        return new ProviderResult<>(g, body, exchange("POST", "https://memory.test/groups", body.toString(), body));
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        throw new UnsupportedOperationException("not declared");
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        listRequests.add(request);
        return new ProviderPage<>(List.of(), Json.mapper().createArrayNode(), null,
                exchange("GET", "https://memory.test/users", null, Json.mapper().createArrayNode()));
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return getGroup(input.groupId());
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return getGroup(input.groupId());
    }

    @Override
    public void verify() {
        exchange("GET", "https://memory.test/me", null, Json.mapper().createObjectNode());
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        rateLimitListeners.add(listener);
        return () -> rateLimitListeners.remove(listener);
    }

    @Override
    public void close() {
    }

    private Exchange exchange(String method, String url, String body, JsonNode response) {
        calls.incrementAndGet();
        DirectorySignal.RateLimited limit = rateLimit;
        if (limit != null) {
            rateLimitListeners.forEach(l -> l.accept(limit));
        }
        return log.record(new Exchange(0, "test", Exchange.HTTP, method, url,
                Map.of("Authorization", List.of("Bearer " + TOKEN), "Accept", List.of("application/json")), body,
                200, "OK", Map.of("X-Rate-Limit-Remaining", List.of("99")), response.toString(), Instant.now(),
                Duration.ofMillis(3), null));
    }
}
