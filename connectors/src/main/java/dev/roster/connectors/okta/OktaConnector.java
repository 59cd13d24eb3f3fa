package dev.roster.connectors.okta;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.ListEngine;
import dev.roster.connectors.http.ListSpec;
import dev.roster.connectors.http.QueryString;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.function.Consumer;

/**
 * The Okta Management API ({@code /api/v1}): groups, users, group members. Lists go through the shared
 * {@link ListEngine} with Okta's Link-header paging; membership changes read the group first, since only
 * OKTA_GROUP memberships can be changed, and read the user's groups, since Okta's PUT and DELETE of a
 * membership answer 204 whether or not the user was a member and Roster reports a duplicate or a missing
 * membership as such.
 */
final class OktaConnector implements DirectoryConnector {
    private final OktaSettings settings;
    private final HttpTransport transport;
    private final ListEngine engine;

    OktaConnector(OktaSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.engine = new ListEngine(transport);
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        if (request.userId() != null) {
            ListSpec<Group> spec = userGroups(request);
            ListRequest sized = request.limit() == null ? request
                    : new ListRequest(Math.min(request.limit(), OktaCapabilities.USER_GROUPS_MAX_PAGE), request.cursor(),
                    request.parameters(), request.remoteQuery(), null, null, request.userId());
            try {
                return engine.page(spec, sized);
            } catch (DirectoryException e) {
                // the path names only the user: Okta's 404 (E0000007) is the user that is not there
                if (e.kind() == ErrorKind.NOT_FOUND) {
                    throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, request.userId())
                            .withAnswer(e.providerStatus().orElse(404), e.rawResponse().orElse(null), e);
                }
                throw e;
            }
        }
        var first = settings.url("api", "v1", "groups").query(ListSpec.passThrough(request)).toUri();
        var spec = ListSpec.of(first, OktaPaging.forQuery(isQSearch(request)), "", OktaCapabilities.DEFAULT_PAGE, OktaGroups::toGroup);
        return engine.page(spec, request);
    }

    /**
     * {@code GET /api/v1/users/{id}/groups}: the groups the user is a direct member of, Link-paged with
     * {@code limit} (at most 200) and {@code after}; it takes no search or filter. An unknown user is Okta's 404.
     */
    private ListSpec<Group> userGroups(ListRequest request) {
        if (!request.parameters().isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.UNDECLARED_PARAMETER, "Okta",
                    String.join(", ", new java.util.TreeSet<>(request.parameters().keySet())), "the groups of a user", "none");
        }
        var first = settings.url("api", "v1", "users", request.userId(), "groups").query(QueryString.create().addAll(request.remoteQuery()));
        return ListSpec.of(first.toUri(), OktaPaging.forQuery(false), "", OktaCapabilities.USER_GROUPS_MAX_PAGE, OktaGroups::toGroup);
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        var url = request.groupId() == null
                ? settings.url("api", "v1", "users").query(ListSpec.passThrough(request))
                : settings.url("api", "v1", "groups", request.groupId(), "users").query(memberQuery(request));
        var spec = ListSpec.of(url.toUri(), OktaPaging.forQuery(isQSearch(request)), "", OktaCapabilities.DEFAULT_PAGE, OktaUsers::toUser);
        return engine.page(spec, request);
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        ApiResponse r = transport.send(ApiRequest.get(settings.url("api", "v1", "groups", groupId).toUri()));
        JsonNode body = r.jsonObject();
        return new ProviderResult<>(OktaGroups.toGroup(body), body, r.exchange());
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        ApiResponse r = transport.send(ApiRequest.post(settings.url("api", "v1", "groups").toUri(), OktaGroups.createBody(input)));
        JsonNode body = r.jsonObject();
        return new ProviderResult<>(OktaGroups.toGroup(body), body, r.exchange());
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        var uri = settings.url("api", "v1", "users")
                .query(QueryString.create().add("activate", Boolean.toString(settings.activateUsers()))).toUri();
        ApiResponse r = transport.send(ApiRequest.post(uri, OktaUsers.createBody(input)));
        JsonNode body = r.jsonObject();
        return new ProviderResult<>(OktaUsers.toUser(body), body, r.exchange());
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return changeMembership(input, true);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return changeMembership(input, false);
    }

    private ProviderResult<Group> changeMembership(MembershipInput input, boolean add) {
        JsonNode group = getGroup(input.groupId()).raw();
        String type = OktaGroups.type(group);
        if (!OktaGroups.OKTA_GROUP.equals(type)) {
            String name = OktaJson.text(group.path("profile"), "name");
            throw DirectoryException.invalid(ErrorCode.OKTA_MEMBERS_MANAGED_ELSEWHERE, name == null ? input.groupId() : name, type,
                    input.groupId());
        }
        boolean member = isMember(input.userId(), input.groupId());
        if (add && member) {
            throw DirectoryException.coded(ErrorKind.CONFLICT, ErrorCode.OKTA_ALREADY_A_MEMBER, input.userId(), input.groupId());
        }
        if (!add && !member) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.OKTA_NOT_A_MEMBER, input.userId(), input.groupId());
        }
        var uri = settings.url("api", "v1", "groups", input.groupId(), "users", input.userId()).toUri();
        ApiResponse write = transport.send(add ? ApiRequest.put(uri) : ApiRequest.delete(uri));
        ProviderResult<Group> after = getGroup(input.groupId());
        // the write's exchange: the activity log records the request id of the change, not of the read after it
        return new ProviderResult<>(after.item(), after.raw(), write.exchange());
    }

    /** The user's groups ({@code GET /api/v1/users/{id}/groups}), every page of them, hold the group. */
    private boolean isMember(String userId, String groupId) {
        ListRequest request = new ListRequest(OktaCapabilities.USER_GROUPS_MAX_PAGE, null, java.util.Map.of(), java.util.Map.of(),
                null, null, userId);
        ListSpec<Group> spec = userGroups(request);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (true) {
            ProviderPage<Group> page = engine.page(spec, request);
            if (page.items().stream().anyMatch(g -> groupId.equals(g.id()))) {
                return true;
            }
            // a next link already followed would loop: what was read is all there is
            if (page.nextCursor() == null || !seen.add(page.nextCursor())) {
                return false;
            }
            request = request.withCursor(page.nextCursor());
        }
    }

    @Override
    public void verify() {
        transport.send(ApiRequest.get(settings.url("api", "v1", "groups").query(QueryString.create().add("limit", 1)).toUri())).jsonArray();
    }

    // feature: connection-check
    @Override
    public java.util.List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        return new OktaDiagnosis(settings, transport).run();
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        return transport.onRateLimitSignal(listener);
    }

    @Override
    public void close() {
        transport.close();
    }

    private static boolean isQSearch(ListRequest request) {
        return request.parameters().containsKey(OktaCapabilities.Q) || request.remoteQuery().containsKey(OktaCapabilities.Q);
    }

    /** A member list takes only limit and after: a search or filter there would be silently ignored or refused by Okta. */
    private static QueryString memberQuery(ListRequest request) {
        if (!request.parameters().isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.UNDECLARED_PARAMETER, "Okta",
                    String.join(", ", request.parameters().keySet()), "the members of a group", "none");
        }
        return QueryString.create().addAll(request.remoteQuery());
    }
}
