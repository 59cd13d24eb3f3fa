package dev.roster.connectors.google;

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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Admin SDK Directory API ({@code /admin/directory/v1}): groups, members and users, paged by
 * {@code pageToken}. Lists are scoped to the connection's customer (or its domain); the sign-in is the
 * transport's {@link dev.roster.connectors.http.Auth} (a service account's renewed token, or a pasted one).
 */
final class GoogleConnector implements DirectoryConnector {
    private static final Paging PAGING = Paging.tokenInBody("/nextPageToken", "pageToken", "maxResults");

    private final GoogleSettings settings;
    private final HttpTransport api;
    private final AutoCloseable signIn;
    private final AccessTokens tokens;
    private final ListEngine engine;

    /** {@code tokens} is null for a pasted token; {@code signIn} closes what the sign-in holds (its transport). */
    GoogleConnector(GoogleSettings settings, HttpTransport api, AccessTokens tokens, AutoCloseable signIn) {
        this.settings = settings;
        this.api = api;
        this.tokens = tokens;
        this.signIn = signIn;
        this.engine = new ListEngine(api);
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        String userKey = userKey(request);
        QueryString query = scope(userKey).addAll(request.parameters());
        if (request.userId() != null) {
            query.add(GoogleCapabilities.USER_KEY, request.userId());
        }
        query.addAll(request.remoteQuery());
        ListSpec<Group> spec = ListSpec.of(url("groups").query(query).toUri(), PAGING, "/groups",
                GoogleCapabilities.MAX_GROUPS_PAGE, GoogleMapping::group).itemsMayBeAbsent();
        ProviderPage<Group> page;
        try {
            page = call(() -> engine.page(spec, request));
        } catch (DirectoryException e) {
            if (userKey != null && e.kind() == ErrorKind.NOT_FOUND) {
                // groups.list names no group: a 404 with a userKey is the user that is not there
                throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, userKey)
                        .withAnswer(e.providerStatus().orElse(404), e.rawResponse().orElse(null), e);
            }
            throw e;
        }
        if (userKey != null && request.cursor() == null && page.items().isEmpty()) {
            requireUser(userKey);
        }
        return page;
    }

    /**
     * The user whose groups are listed: the unified {@code user_id}, or the provider's own {@code userKey}
     * parameter (kept for scripts written before user_id); both at once is refused, nothing sent.
     */
    private static String userKey(ListRequest request) {
        String parameter = request.parameters().get(GoogleCapabilities.USER_KEY);
        if (request.userId() != null && parameter != null) {
            throw DirectoryException.invalid(ErrorCode.GOOGLE_USER_KEY_AND_USER_ID, parameter, request.userId());
        }
        return request.userId() != null ? request.userId() : parameter;
    }

    /**
     * No groups on the first page: the user may be in none, or not exist. Google's groups.list names no answer
     * for an unknown userKey, so the user is read (users.get): an unknown one is NOT_FOUND, not an empty list.
     */
    private void requireUser(String userKey) {
        try {
            call(() -> api.send(ApiRequest.get(url("users", userKey).toUri())));
        } catch (DirectoryException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, userKey)
                        .withAnswer(e.providerStatus().orElse(404), e.rawResponse().orElse(null), e);
            }
            throw e;
        }
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        if (request.groupId() != null) {
            only(request, GoogleCapabilities.MEMBERS_PARAMETERS, "the users list (list_users without group_id)");
            ListSpec<User> spec = ListSpec.of(url("groups", request.groupId(), "members").query(ListSpec.passThrough(request)).toUri(),
                    PAGING, "/members", GoogleCapabilities.MAX_MEMBERS_PAGE, GoogleMapping::member).itemsMayBeAbsent();
            // list_users declares the users' maximum (500); members.list stops at 200
            Integer limit = request.limit() == null ? null : Math.min(request.limit(), GoogleCapabilities.MAX_MEMBERS_PAGE);
            ListRequest clamped = new ListRequest(limit, request.cursor(), request.parameters(), request.remoteQuery(), request.groupId());
            return call(() -> engine.page(spec, clamped));
        }
        only(request, GoogleCapabilities.USERS_PARAMETERS, "a group's members (list_users with group_id)");
        QueryString query = scope(null).addAll(request.parameters()).addAll(request.remoteQuery());
        ListSpec<User> spec = ListSpec.of(url("users").query(query).toUri(), PAGING, "/users",
                GoogleCapabilities.MAX_USERS_PAGE, GoogleMapping::user).itemsMayBeAbsent();
        return call(() -> engine.page(spec, request));
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return call(() -> object(api.send(ApiRequest.get(url("groups", groupId).toUri())), GoogleMapping::group));
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        ObjectNode body = GoogleBodies.group(input);
        return call(() -> object(api.send(ApiRequest.post(url("groups").toUri(), body)), GoogleMapping::group));
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        ObjectNode body = GoogleBodies.user(input);
        return call(() -> object(api.send(ApiRequest.post(url("users").toUri(), body)), GoogleMapping::user));
    }

    /** Google answers a duplicate with 409 "Member already exists." (reason duplicate): a CONFLICT as the status says. */
    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        ObjectNode body = GoogleBodies.member(input);
        call(() -> api.send(ApiRequest.post(url("groups", input.groupId(), "members").toUri(), body)));
        return getGroup(input.groupId());
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        call(() -> api.send(ApiRequest.delete(url("groups", input.groupId(), "members", input.userId()).toUri())));
        return getGroup(input.groupId());
    }

    /** One group of the customer: needs the sign-in and the group read scope, costs one small call. */
    @Override
    public void verify() {
        call(() -> api.send(ApiRequest.get(url("groups").query(scope(null).add("maxResults", "1")).toUri())));
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        // Google sends no rate-limit headers, so this stays quiet; forwarded all the same, as every HTTP connector does
        return api.onRateLimitSignal(listener);
    }

    @Override
    public void close() {
        api.close();
        try {
            signIn.close();
        } catch (Exception e) {
            // the token transport aborts what is in flight; nothing to report on close
        }
    }

    /**
     * customer (default {@code my_customer}) or, when the connection names one, its domain. Google refuses
     * {@code customer} together with {@code userKey}, so a userKey walk names the domain: the connection's,
     * else the user's e-mail domain; a userKey that is an id is sent alone.
     */
    private QueryString scope(String userKey) {
        if (userKey == null) {
            return settings.domain() != null ? QueryString.create().add("domain", settings.domain())
                    : QueryString.create().add("customer", settings.customer());
        }
        String domain = settings.domain() != null ? settings.domain()
                : userKey.contains("@") ? userKey.substring(userKey.lastIndexOf('@') + 1) : null;
        return QueryString.create().add("domain", domain);
    }

    /** members.list and users.list take different parameters; list_users declares both, so the other's are refused here. */
    private static void only(ListRequest request, Set<String> accepted, String where) {
        for (String name : request.parameters().keySet()) {
            if (!accepted.contains(name)) {
                throw DirectoryException.invalid(ErrorCode.GOOGLE_PARAMETER_NOT_HERE, name, where);
            }
        }
    }

    private ApiUrl url(String... segments) {
        return ApiUrl.base(settings.baseUrl()).path("admin", "directory", "v1").path(segments);
    }

    private static <T> ProviderResult<T> object(ApiResponse response, Function<JsonNode, T> mapper) {
        JsonNode body = response.jsonObject();
        return new ProviderResult<>(mapper.apply(body), body, response.exchange());
    }

    /** A 401 from the API means the token held is no good any more (revoked, expired early): the next call signs in again. */
    // feature: connection-check
    /**
     * One group (Google reached, the sign-in accepted, may read groups), the scopes the sign-in was granted, one user.
     * Google sends no rate-limit headers, so that aspect says so.
     */
    @Override
    public java.util.List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        var probe = new dev.roster.connectors.ConnectionProbe();
        probe.reach("Google's Directory API", () -> call(() -> api.send(ApiRequest.get(url("groups").query(scope(null).add("maxResults", "1")).toUri()))));
        probe.tls(api.peerCertificate(), "not encrypted: " + settings.baseUrl() + " is plain http");
        GoogleDiagnosis.identity(probe, tokens == null ? null : new GoogleDiagnosis.SignIn(tokens.subject(), tokens.serviceAccount(), tokens.scopes()));
        probe.check(dev.roster.connectors.ConnectionReport.GROUPS, () -> dev.roster.connectors.ConnectionReport.Check.ok(
                dev.roster.connectors.ConnectionReport.GROUPS, "may list groups", java.util.Map.of()));
        probe.check(dev.roster.connectors.ConnectionReport.USERS, () -> {
            call(() -> api.send(ApiRequest.get(url("users").query(scope(null).add("maxResults", "1")).toUri())));
            return dev.roster.connectors.ConnectionReport.Check.ok(dev.roster.connectors.ConnectionReport.USERS, "may list users", java.util.Map.of());
        });
        probe.notChecked(dev.roster.connectors.ConnectionReport.RATE_LIMIT, "Google sends no rate-limit headers (its default quota:"
                + " 2,400 queries a minute per user per project; over it, 403 userRateLimitExceeded)");
        return probe.checks();
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (DirectoryException e) {
            if (tokens != null && e.kind() == ErrorKind.AUTHENTICATION && e.providerStatus().orElse(0) == 401) {
                tokens.forget();
            }
            throw e;
        }
    }
}
