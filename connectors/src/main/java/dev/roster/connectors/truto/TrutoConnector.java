package dev.roster.connectors.truto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.ListEngine;
import dev.roster.connectors.http.ListSpec;
import dev.roster.connectors.http.Paging;
import dev.roster.connectors.http.QueryString;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.net.URI;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Roster's unified operations on Truto's unified user-directory API, one to one: every call names the
 * integrated account; lists page by {@code next_cursor}; writes carry a fresh {@code Idempotency-Key} and, being
 * POSTs, are never retried (an unknown outcome is reported as such, see the package README).
 */
final class TrutoConnector implements DirectoryConnector {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int DEFAULT_LIMIT = 100;
    private static final Paging PAGING = Paging.tokenInBody("/next_cursor", "next_cursor", "limit");

    private final HttpTransport transport;
    private final ListEngine engine;
    private final TrutoSettings settings;

    TrutoConnector(HttpTransport transport, TrutoSettings settings) {
        this.transport = transport;
        this.engine = new ListEngine(transport);
        this.settings = settings;
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        return engine.page(spec(request, listQuery(request), "groups",
                TrutoShaping.raw(request.responseOptions()) ? TrutoItems.RAW_GROUP : TrutoItems.GROUP), request);
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        // Truto lists a group's members as users filtered by group_id (List Users, "group_id")
        QueryString query = listQuery(request).add("group_id", request.groupId());
        return engine.page(spec(request, query, "users",
                TrutoShaping.raw(request.responseOptions()) ? TrutoItems.RAW_USER : TrutoItems.USER), request);
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return item(transport.send(ApiRequest.get(url(account(), "groups", groupId))), TrutoItems.GROUP);
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return item(write(url(account(), "groups"), TrutoItems.groupBody(input)), TrutoItems.GROUP);
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        return item(write(url(account(), "users"), TrutoItems.userBody(input)), TrutoItems.USER);
    }

    /** Truto's deprecated {@code groups/add}: implemented for a few integrations only; the others refuse it. */
    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return membership(url(account(), "groups", "add"), input);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return membership(url(account(), "groups", "remove-user"), input);
    }

    @Override
    public void verify() {
        transport.send(ApiRequest.get(url(account().add("limit", 1), "groups"))).json();
    }

    // feature: connection-check
    @Override
    public java.util.List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        return new TrutoDiagnosis(settings, transport, resource -> url(account().add("limit", 1), resource)).run();
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        return transport.onRateLimit(status -> listener.accept(
                new DirectorySignal.RateLimited(status.limit(), status.remaining(), status.resetAt())));
    }

    @Override
    public void close() {
        transport.close();
    }

    /**
     * The answer to a membership change names the group, bare or in {@code result}; when it carries only the
     * membership ({@code {group_id, user_id}}), the group is read back so that the caller gets it after the change.
     */
    private ProviderResult<Group> membership(URI uri, MembershipInput input) {
        ApiResponse response = write(uri, TrutoItems.membershipBody(input));
        JsonNode body = response.body() == null || response.body().isBlank() ? null : response.json();
        JsonNode group = body == null ? null : TrutoItems.unwrap(body);
        if (group != null && group.hasNonNull("id") && group.hasNonNull("name")) {
            return new ProviderResult<>(TrutoItems.GROUP.apply(group), body, response.exchange());
        }
        ProviderResult<Group> after = getGroup(input.groupId());
        return new ProviderResult<>(after.item(), body == null ? after.raw() : body, response.exchange());
    }

    /** One logical write: its key is made once here, so a repeat of this very request would carry the same one. */
    private ApiResponse write(URI uri, ObjectNode body) {
        return transport.send(ApiRequest.post(uri, body).withHeader(IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
    }

    private <T> ProviderResult<T> item(ApiResponse response, Function<JsonNode, T> mapper) {
        JsonNode body = response.jsonObject();
        return new ProviderResult<>(mapper.apply(TrutoItems.unwrap(body)), body, response.exchange());
    }

    private <T> ListSpec<T> spec(ListRequest request, QueryString query, String resource, Function<JsonNode, T> mapper) {
        ListSpec<T> spec = ListSpec.of(url(query, resource), PAGING, "/result", DEFAULT_LIMIT, mapper).itemsMayBeKeyed();
        // a raw answer is the integration's own body, which need not be Truto's envelope: shown, not required
        return TrutoShaping.raw(request.responseOptions()) ? spec.itemsMayBeAbsent() : spec;
    }

    /** Declared filters as they are, the remote query as {@code remote_query[...]}, and the response options as Truto's. */
    private QueryString listQuery(ListRequest request) {
        QueryString query = account().addAll(request.parameters()).addNested("remote_query", request.remoteQuery());
        return TrutoShaping.apply(query, request.responseOptions());
    }

    private QueryString account() {
        return QueryString.create().add("integrated_account_id", settings.integratedAccountId());
    }

    private URI url(QueryString query, String... resource) {
        String[] segments = new String[resource.length + 2];
        segments[0] = "unified";
        segments[1] = "user-directory";
        System.arraycopy(resource, 0, segments, 2, resource.length);
        return ApiUrl.base(settings.baseUrl()).path(segments).query(query).toUri();
    }
}
