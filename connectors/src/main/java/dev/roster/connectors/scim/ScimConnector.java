package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.Auth;
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
import dev.roster.connectors.trace.ExchangeLog;
import java.util.Map;
import java.util.TreeMap;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The unified operations over SCIM 2.0 (RFC 7644): lists through the shared {@link ListEngine} with
 * {@link Paging#scimIndex()}, writes as POST and PATCH in {@code application/scim+json}. Answers in
 * {@code application/json} are read the same (Okta's SCIM tests send and accept both).
 */
final class ScimConnector implements DirectoryConnector {
    static final String MEDIA_TYPE = "application/scim+json";

    private final ScimConfig config;
    private final HttpTransport transport;
    private final ListEngine engine;
    private final Memberships memberships;
    private final UserGroups userGroups;

    ScimConnector(ScimConfig config, ExchangeLog log) {
        this.config = config;
        this.transport = HttpTransport.builder(config.connectionName(), log)
                .baseUrl(config.baseUrl())
                .auth(Auth.bearer(config.token()))
                .mediaType(MEDIA_TYPE)
                .settings(config.http())
                .tls(config.tls())
                .build();
        this.engine = new ListEngine(transport);
        this.memberships = new Memberships(transport, id -> url("Groups", id).toUri(), config.patchStyle());
        this.userGroups = new UserGroups(transport, engine, segments -> url(segments).toUri(), config.membersSource());
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        if (request.userId() != null) {
            return userGroups.page(request);
        }
        ListSpec<Group> spec = ListSpec.of(url("Groups").query(ListSpec.passThrough(request)).toUri(), Paging.scimIndex(),
                "/Resources", ScimCapabilities.DEFAULT_PAGE_SIZE, GroupMapper::group).itemsMayBeAbsent();
        return engine.page(spec, request);
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return memberships.group(groupId);
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return created(transport.send(ApiRequest.post(url("Groups").toUri(), GroupMapper.createBody(input))), GroupMapper::group);
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        ObjectNode body = UserBodies.create(input);
        return created(transport.send(ApiRequest.post(url("Users").toUri(), body)), UserMapper::user);
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        if (request.groupId() == null) {
            return engine.page(users(ListSpec.passThrough(request)), request);
        }
        return switch (config.membersSource()) {
            case GROUP -> memberships.members(request);
            case FILTER -> engine.page(users(membersQuery(request)), request);
        };
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return memberships.add(input);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return memberships.remove(input);
    }

    /**
     * One group, one resource: it needs the token and reads what every connection reads. Not
     * {@code /ServiceProviderConfig}, which RFC 7644 section 4 lets a server serve without authentication.
     */
    @Override
    public void verify() {
        transport.send(ApiRequest.get(url("Groups").query(QueryString.create().add("startIndex", 1).add("count", 1)).toUri())).json();
    }

    // feature: connection-check
    @Override
    public java.util.List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        return new ScimDiagnosis(transport, config.baseUrl(), path -> {
            int q = path.indexOf('?');
            return q < 0 ? url(path).toUri() : URI.create(url(path.substring(0, q)).toUri() + path.substring(q));
        }).run();
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        return transport.onRateLimitSignal(listener);
    }

    @Override
    public void close() {
        transport.close();
    }

    private ListSpec<User> users(QueryString query) {
        return ListSpec.of(url("Users").query(query).toUri(), Paging.scimIndex(), "/Resources",
                ScimCapabilities.DEFAULT_PAGE_SIZE, UserMapper::user).itemsMayBeAbsent();
    }

    /** {@code groups.value eq "id"}, and the caller's own filter with it when there is one. */
    private static QueryString membersQuery(ListRequest request) {
        String members = Filters.eq("groups.value", request.groupId());
        String own = request.parameters().get(ScimCapabilities.FILTER);
        Map<String, String> parameters = new TreeMap<>(request.parameters());
        parameters.put(ScimCapabilities.FILTER, own == null || own.isBlank() ? members : Filters.and(members, own));
        return QueryString.create().addAll(parameters).addAll(request.remoteQuery());
    }

    /** RFC 7644 section 3.3: 201 with the resource; a 200 or 204 without one cannot name what was made. */
    private static <T> ProviderResult<T> created(ApiResponse response, Function<JsonNode, T> mapper) {
        if (response.body() == null || response.body().isBlank()) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_CREATED_WITHOUT_RESOURCE,
                    response.exchange().method() + " " + response.exchange().target(), response.status());
        }
        JsonNode body = response.jsonObject();
        return new ProviderResult<>(mapper.apply(body), body, response.exchange());
    }

    private ApiUrl url(String... segments) {
        return ApiUrl.base(config.baseUrl().toString()).path(segments);
    }
}
