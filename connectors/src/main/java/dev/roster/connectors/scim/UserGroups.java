package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.ListEngine;
import dev.roster.connectors.http.ListSpec;
import dev.roster.connectors.http.Paging;
import dev.roster.connectors.http.QueryString;
import dev.roster.connectors.http.ScimPaging;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The groups of a user, from the same source the connection reads members from ({@code members_source}):
 * <ul>
 * <li>{@code group}: the user's read-only {@code groups} attribute (RFC 7643 section 4.1.2, {value, display, $ref,
 * type}), which every server with groups fills in for the user it returns; one {@code GET /Users/{id}}, sliced by
 * position as the members attribute is (the cursor a 1-based index), and as partial as a member list: id and
 * name only.</li>
 * <li>{@code filter}: {@code GET /Groups?filter=members.value eq "id"} (RFC 7644 section 3.4.2.2), whole groups with
 * the server's startIndex paging, for servers that filter groups by member (not all do: Okta's and Entra's
 * provisioning send only {@code displayName eq}). The caller's own {@code filter} is ANDed in. An empty first
 * page reads the user, so an unknown one is NOT_FOUND rather than a user in no group.</li>
 * </ul>
 * RFC 7643 lets {@code groups} hold indirect memberships too ({@code type} "indirect"); only direct ones are
 * listed, as on every connector (an entry without a type counts as direct).
 */
final class UserGroups {
    private final HttpTransport transport;
    private final ListEngine engine;
    private final Function<String[], URI> url;
    private final MembersSource source;

    UserGroups(HttpTransport transport, ListEngine engine, Function<String[], URI> url, MembersSource source) {
        this.transport = transport;
        this.engine = engine;
        this.url = url;
        this.source = source;
    }

    ProviderPage<Group> page(ListRequest request) {
        return source == MembersSource.FILTER ? byFilter(request) : fromAttribute(request);
    }

    private ProviderPage<Group> fromAttribute(ListRequest request) {
        if (!request.parameters().isEmpty() || !request.remoteQuery().isEmpty()) {
            TreeSet<String> given = new TreeSet<>(request.parameters().keySet());
            given.addAll(request.remoteQuery().keySet());
            throw DirectoryException.invalid(ErrorCode.SCIM_USER_GROUPS_NOT_FILTERABLE, String.join(", ", given));
        }
        ApiResponse response = readUser(request.userId());
        JsonNode user = response.jsonObject();
        List<JsonNode> direct = new ArrayList<>();
        for (JsonNode entry : user.path("groups")) {
            String type = Resources.text(entry, "type");
            if (type == null || !type.equalsIgnoreCase("indirect")) {
                direct.add(entry);
            }
        }
        int start = ScimPaging.startIndex(request.cursor());
        int limit = request.limit() == null ? ScimCapabilities.DEFAULT_PAGE_SIZE : request.limit();
        List<Group> page = new ArrayList<>();
        for (int i = start - 1; i < direct.size() && page.size() < limit; i++) {
            page.add(group(direct.get(i)));
        }
        int next = start + page.size();
        return new ProviderPage<>(page, user, !page.isEmpty() && next <= direct.size() ? Integer.toString(next) : null,
                response.exchange());
    }

    private ProviderPage<Group> byFilter(ListRequest request) {
        String members = Filters.eq("members.value", request.userId());
        String own = request.parameters().get(ScimCapabilities.FILTER);
        Map<String, String> parameters = new TreeMap<>(request.parameters());
        parameters.put(ScimCapabilities.FILTER, own == null || own.isBlank() ? members : Filters.and(members, own));
        URI first = QueryString.create().addAll(parameters).addAll(request.remoteQuery()).appendTo(url.apply(new String[] {"Groups"}));
        ListSpec<Group> spec = ListSpec.of(first, Paging.scimIndex(), "/Resources", ScimCapabilities.DEFAULT_PAGE_SIZE,
                GroupMapper::group).itemsMayBeAbsent();
        ProviderPage<Group> page = engine.page(spec, request);
        if (request.cursor() == null && page.items().isEmpty()) {
            readUser(request.userId());
        }
        return page;
    }

    /** The user's resource; a 404 is NOT_FOUND naming the user, the server's answer kept. */
    private ApiResponse readUser(String userId) {
        try {
            return transport.send(ApiRequest.get(url.apply(new String[] {"Users", userId})));
        } catch (DirectoryException e) {
            if (e.kind() == dev.roster.connectors.ErrorKind.NOT_FOUND) {
                throw DirectoryException.coded(dev.roster.connectors.ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, userId)
                        .withAnswer(e.providerStatus().orElse(404), e.rawResponse().orElse(null), e);
            }
            throw e;
        }
    }

    /** A {@code groups} entry of a user: {@code value} is the group's id, {@code display} its displayName. */
    private static Group group(JsonNode entry) {
        return new Group(Resources.id(entry, "value"), Resources.text(entry, "display"), null, GroupType.GROUP, null, null, null, entry);
    }
}
