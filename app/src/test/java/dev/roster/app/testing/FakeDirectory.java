package dev.roster.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.model.Email;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory directory behind the real SPI, for view-model tests and the 10,000-group FX-stall benchmark
 * ({@code app/src/bench}):
 * HTTP-shaped exchanges carrying a bearer token (so masking shows), a declared {@code search} parameter,
 * create_user requiring username and last_name, and planted failures (a user whose removal fails, a taken
 * username). The console's TestFX tests never use it: they run on the real Sandbox.
 */
public final class FakeDirectory implements DirectoryConnector {
    public static final String TOKEN = "fake-s3cret-token-9876";
    public static final String FAILING_USER = "u-fail";
    public static final String TAKEN_USERNAME = "taken";

    public final List<Group> groups = new CopyOnWriteArrayList<>();
    public final List<User> users = new CopyOnWriteArrayList<>();
    public final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    /** Users whose removal fails with a plain bug, not a directory error (set by a test). */
    public final Set<String> brokenUsers = ConcurrentHashMap.newKeySet();
    /** The list_users parameter this fake finds users by free text with, as a connector declaring it would; null: none. */
    public volatile String searchParameter;
    /** Every list_users request as the connector received it. */
    public final List<ListRequest> userRequests = new CopyOnWriteArrayList<>();
    private final ExchangeLog log;

    public FakeDirectory(ExchangeLog log, int groupCount, int userCount) {
        this.log = log;
        for (int i = 0; i < groupCount; i++) {
            ObjectNode remote = Json.mapper().createObjectNode().put("native_id", "g" + i);
            groups.add(new Group("g" + i, String.format(Locale.ROOT, "Group %05d", i), i % 2 == 0 ? "Even group" : "Odd group",
                    GroupType.values()[i % 3], "Example", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), null, remote));
        }
        for (int i = 0; i < userCount; i++) {
            users.add(User.builder("u" + i).name("User " + i).firstName("User").lastName(String.valueOf(i)).username("user" + i)
                    .emails(List.of(new Email("user" + i + "@example.com", true, "work"))).status("active")
                    .remoteData(Json.mapper().createObjectNode().put("uid", "user" + i)).build());
        }
        users.add(User.builder(FAILING_USER).name("Fails Always").username("fails").status("active").build());
        if (groupCount > 0) {
            Set<String> first = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < Math.min(5, userCount); i++) {
                first.add("u" + i);
            }
            first.add(FAILING_USER);
            members.put("g0", first);
        }
    }

    public static ConnectorProvider provider(String id, int groupCount, int userCount) {
        return new ConnectorProvider() {
            @Override public String id() { return id; }
            @Override public String displayName() { return "Fake directory"; }
            @Override public List<SettingSpec> settings() { return List.of(); }
            @Override public Capabilities capabilities() { return CAPABILITIES; }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                return new FakeDirectory(log, groupCount, userCount);
            }
        };
    }

    public static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name"), Set.of()).withParameters(Set.of("search"))
                    .withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(Set.of("id"), Set.of()))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "description", "group_type", "remote_data"),
                    Set.of("name", "group_type")))
            .operation(Operation.CREATE_USER, OperationCapability.of(Set.of("username", "first_name", "last_name", "name", "emails",
                    "emails.type", "password", "phones", "title", "status", "remote_data"), Set.of("username", "last_name")))
            .operation(Operation.LIST_USERS, OperationCapability.of(Set.of("id"), Set.of()))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .build();

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        String search = request.parameters().get("search");
        List<Group> matching = search == null ? groups
                : groups.stream().filter(g -> g.name().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT))).toList();
        if (request.userId() != null) {
            // the groups of a user: those whose members hold it
            matching = matching.stream().filter(g -> members.getOrDefault(g.id(), Set.of()).contains(request.userId())).toList();
        }
        return page(matching, request, "/groups", g -> g.remoteData());
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        userRequests.add(request);
        List<User> matching = request.groupId() == null ? users
                : users.stream().filter(u -> members.getOrDefault(request.groupId(), Set.of()).contains(u.id())).toList();
        String text = searchParameter == null ? null : request.parameters().get(searchParameter);
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            matching = matching.stream().filter(u -> (u.name() + " " + u.username() + " " + u.primaryEmail())
                    .toLowerCase(Locale.ROOT).contains(lower)).toList();
        }
        return page(matching, request, "/users", u -> Json.mapper().createObjectNode().put("id", u.id()));
    }

    private <T> ProviderPage<T> page(List<T> all, ListRequest request, String path, java.util.function.Function<T, JsonNode> raw) {
        int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
        int size = request.limit() == null ? 50 : request.limit();
        List<T> slice = List.copyOf(all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())));
        String next = from + size < all.size() ? String.valueOf(from + size) : null;
        ArrayNode body = Json.mapper().createArrayNode();
        slice.forEach(item -> body.add(raw.apply(item)));
        return new ProviderPage<>(slice, body, next, exchange("GET", "https://fake.test" + path + "?after=" + from, null, 200, body.toString()));
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        Group g = groups.stream().filter(x -> x.id().equals(groupId)).findFirst()
                .orElseThrow(() -> DirectoryException.remote(ErrorKind.NOT_FOUND, "no group " + groupId, 404, "{}", null, null));
        return new ProviderResult<>(g, g.remoteData(), exchange("GET", "https://fake.test/groups/" + groupId, null, 200, "{}"));
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        ObjectNode body = Json.mapper().valueToTree(input);
        Group g = new Group("g" + groups.size(), input.name(), input.description(), input.groupType(), "Example", Instant.now(), null, body);
        groups.add(g);
        return new ProviderResult<>(g, body, exchange("POST", "https://fake.test/groups", body.toString(), 201, body.toString()));
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        ObjectNode body = Json.mapper().valueToTree(input);
        if (TAKEN_USERNAME.equals(input.username())) {
            exchange("POST", "https://fake.test/users", body.toString(), 409, "{\"error\":\"username taken\"}");
            throw DirectoryException.remote(ErrorKind.CONFLICT, "the username 'taken' is already in use", 409,
                    "{\"error\":\"username taken\"}", null, null);
        }
        User u = User.builder("u-new-" + users.size()).username(input.username()).firstName(input.firstName())
                .lastName(input.lastName()).name(input.name()).emails(input.emails()).status("active").remoteData(body).build();
        users.add(u);
        return new ProviderResult<>(u, body, exchange("POST", "https://fake.test/users", body.toString(), 201, body.toString()));
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        Set<String> set = members.computeIfAbsent(input.groupId(), k -> ConcurrentHashMap.newKeySet());
        if (!set.add(input.userId())) {
            exchange("POST", "https://fake.test/groups/" + input.groupId() + "/members", "{}", 409, "{}");
            throw DirectoryException.remote(ErrorKind.CONFLICT, "already a member", 409, "{}", null, null);
        }
        return withExchange(input.groupId(), "POST", 204);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        if (brokenUsers.contains(input.userId())) {
            throw new IllegalArgumentException("the fake broke on " + input.userId());
        }
        if (FAILING_USER.equals(input.userId())) {
            exchange("DELETE", "https://fake.test/groups/" + input.groupId() + "/members/" + input.userId(), null, 500, "{\"error\":\"boom\"}");
            throw DirectoryException.remote(ErrorKind.REMOTE, "the directory failed: boom", 500, "{\"error\":\"boom\"}", null, null);
        }
        Set<String> set = members.getOrDefault(input.groupId(), new LinkedHashSet<>());
        if (!set.remove(input.userId())) {
            throw DirectoryException.remote(ErrorKind.NOT_FOUND, "not a member", 404, "{}", null, null);
        }
        return withExchange(input.groupId(), "DELETE", 204);
    }

    private ProviderResult<Group> withExchange(String groupId, String method, int status) {
        Group g = groups.stream().filter(x -> x.id().equals(groupId)).findFirst().orElseThrow();
        return new ProviderResult<>(g, g.remoteData(), exchange(method, "https://fake.test/groups/" + groupId + "/members", null, status, ""));
    }

    @Override
    public void verify() {
        exchange("GET", "https://fake.test/me", null, 200, "{\"ok\":true}");
    }

    /** How many times the session closed this connector. */
    public volatile int closes;
    /** Whether the last close ran on the FX thread (it must not: a real close may write and sync files). */
    public volatile Boolean closedOnFxThread;

    @Override
    public void close() {
        closedOnFxThread = javafx.application.Platform.isFxApplicationThread();
        closes++;
    }

    private final List<java.util.function.Consumer<dev.roster.connectors.DirectorySignal.RateLimited>> rateLimits =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every answer reports 597 calls left until 2030-01-01 (what the headers below say), as a transport would. */
    @Override
    public Runnable onRateLimit(java.util.function.Consumer<dev.roster.connectors.DirectorySignal.RateLimited> listener) {
        rateLimits.add(listener);
        return () -> rateLimits.remove(listener);
    }

    private Exchange exchange(String method, String url, String body, int status, String response) {
        var limit = new dev.roster.connectors.DirectorySignal.RateLimited(600L, 597L, Instant.ofEpochSecond(1893456000L));
        rateLimits.forEach(l -> l.accept(limit));
        return log.record(new Exchange(0, "fake", Exchange.HTTP, method, url,
                Map.of("Authorization", List.of("Bearer " + TOKEN), "Accept", List.of("application/json")), body,
                status, status < 300 ? "OK" : "Error", Map.of("X-Rate-Limit-Remaining", List.of("597"),
                "X-Rate-Limit-Reset", List.of("1893456000")), response, Instant.now(), Duration.ofMillis(2), null));
    }

    /** Unused list helper for tests that want the users of a group. */
    public List<User> membersOf(String groupId) {
        return new ArrayList<>(users.stream().filter(u -> members.getOrDefault(groupId, Set.of()).contains(u.id())).toList());
    }
}
