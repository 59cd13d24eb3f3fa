package dev.roster.connectors.entra;

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
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.ListEngine;
import dev.roster.connectors.http.ListSpec;
import dev.roster.connectors.http.Paging;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Microsoft Graph v1.0 for one Entra ID tenant. Lists go through the {@link ListEngine} with Graph's absolute
 * {@code @odata.nextLink}; members are listed through the {@code microsoft.graph.user} cast, so only users
 * come back (nested groups, devices and service principals are not users of this model).
 */
final class EntraConnector implements DirectoryConnector {
    /** Graph's page size when $top is not given. */
    static final int DEFAULT_PAGE = 100;
    private static final Paging PAGING = Paging.nextLinkInBody("/@odata.nextLink", "$top");

    private final HttpTransport graph;
    private final HttpTransport signIn;
    private final GraphPaths paths;
    private final ListEngine lists;

    EntraConnector(HttpTransport graph, HttpTransport signIn, GraphPaths paths) {
        this(graph, signIn, paths, dev.roster.connectors.http.Auth.none());
    }

    // feature: connection-check
    /** {@code auth}: the Graph transport's, whose token's claims "test connection" reads. */
    EntraConnector(HttpTransport graph, HttpTransport signIn, GraphPaths paths, dev.roster.connectors.http.Auth auth) {
        this.graph = graph;
        this.signIn = signIn;
        this.paths = paths;
        this.lists = new ListEngine(graph);
        this.auth = auth;
    }

    private final dev.roster.connectors.http.Auth auth;

    @Override
    public java.util.List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        return new EntraDiagnosis(graph, paths, auth).run();
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        // with a user: GET /users/{id}/memberOf/microsoft.graph.group, the same query options and nextLink paging
        URI first = request.userId() == null ? paths.groups() : paths.userGroups(request.userId());
        URI withQuery = GraphQuery.of(request).appendTo(first);
        try {
            return lists.page(GraphQuery.withConsistency(ListSpec.of(withQuery, PAGING, "/value", DEFAULT_PAGE, GroupMapper::toGroup),
                    request), request);
        } catch (DirectoryException e) {
            // memberOf names only the user: Graph's 404 Request_ResourceNotFound is the user that is not there
            if (request.userId() != null && e.kind() == ErrorKind.NOT_FOUND) {
                throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, request.userId())
                        .withAnswer(e.providerStatus().orElse(404), e.rawResponse().orElse(null), e);
            }
            throw e;
        }
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        ApiResponse response = graph.send(ApiRequest.get(paths.group(groupId)));
        ObjectNode body = response.jsonObject();
        return new ProviderResult<>(GroupMapper.toGroup(body), body, response.exchange());
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        ApiResponse response = graph.send(ApiRequest.post(paths.groups(), GroupMapper.toBody(input)));
        ObjectNode body = response.jsonObject();
        return new ProviderResult<>(GroupMapper.toGroup(body), body, response.exchange());
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        ApiResponse response = graph.send(ApiRequest.post(paths.users(), UserMapper.toBody(input)));
        ObjectNode body = response.jsonObject();
        return new ProviderResult<>(UserMapper.toUser(body), body, response.exchange());
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        URI first = request.groupId() == null ? paths.users() : paths.userMembers(request.groupId());
        URI withQuery = GraphQuery.of(request, GraphQuery.USER_PROPERTIES).appendTo(first);
        return lists.page(GraphQuery.withConsistency(ListSpec.of(withQuery, PAGING, "/value", DEFAULT_PAGE, UserMapper::toUser), request),
                request);
    }

    /**
     * POST the reference. The group is read first: a dynamic group's members are the rule's, refused before
     * anything is written, and that read is the group returned (membership is not part of a group's fields).
     */
    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        ProviderResult<Group> group = changeableGroup(input.groupId());
        ObjectNode body = Json.mapper().createObjectNode().put("@odata.id", paths.directoryObject(input.userId()));
        if (input.remoteData() != null) {
            body.setAll(input.remoteData());
        }
        ApiResponse response = graph.send(ApiRequest.post(paths.memberReferences(input.groupId()), body));
        return new ProviderResult<>(group.item(), group.raw(), response.exchange());
    }

    /** DELETE the reference ({@code /$ref}): never the member itself. Not a member: Graph's 404. */
    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        ProviderResult<Group> group = changeableGroup(input.groupId());
        ApiResponse response = graph.send(ApiRequest.delete(paths.memberReference(input.groupId(), input.userId())));
        return new ProviderResult<>(group.item(), group.raw(), response.exchange());
    }

    /** One user, the cheapest read that needs a token and User.Read.All (or Directory.Read.All). */
    @Override
    public void verify() {
        graph.send(ApiRequest.get(dev.roster.connectors.http.QueryString.replace(paths.users(), "$top", "1")));
    }

    @Override
    public Runnable onRateLimit(Consumer<DirectorySignal.RateLimited> listener) {
        return graph.onRateLimit(status -> listener.accept(new DirectorySignal.RateLimited(status.limit(), status.remaining(), status.resetAt())));
    }

    @Override
    public void close() {
        graph.close();
        signIn.close();
    }

    private ProviderResult<Group> changeableGroup(String groupId) {
        ProviderResult<Group> group = getGroup(groupId);
        if (GroupMapper.isDynamic(group.raw())) {
            throw DirectoryException.coded(ErrorKind.VALIDATION, ErrorCode.ENTRA_DYNAMIC_GROUP, groupId);
        }
        return group;
    }
}
