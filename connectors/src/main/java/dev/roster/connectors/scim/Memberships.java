package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.ScimPaging;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A group and its members: reading one group, its {@code members} as pages, and changing them with PatchOps.
 * <p>
 * RFC 7644 makes both a repeated add and a remove of a non-member a success (section 3.5.2.1: "no changes
 * SHOULD be made ... and a success response SHOULD be returned"; a remove whose filter matches nothing may be
 * a 400 {@code noTarget}, section 3.5.2.2), and Entra-style servers answer 200 or 204 to both. The unified
 * contract says CONFLICT and NOT_FOUND, so the group is read first and its {@code members} decide; a server
 * that leaves {@code members} out of a group cannot be checked, and its answer to the PATCH stands. PATCHes
 * of one member are safe to repeat (the second has no effect), so the transport may retry them.
 */
final class Memberships {
    private final HttpTransport transport;
    private final Function<String, URI> groupUri;
    private final PatchStyle style;

    /** {@code groupUri}: a group's id to its URL, {@code <base>/Groups/<id>} with the id as one path segment. */
    Memberships(HttpTransport transport, Function<String, URI> groupUri, PatchStyle style) {
        this.transport = transport;
        this.groupUri = groupUri;
        this.style = style;
    }

    ProviderResult<Group> group(String groupId) {
        ApiResponse response = transport.send(ApiRequest.get(groupUri.apply(groupId)));
        ObjectNode body = response.jsonObject();
        return new ProviderResult<>(GroupMapper.group(body), body, response.exchange());
    }

    ProviderResult<Group> add(MembershipInput input) {
        if (GroupMapper.hasMember(group(input.groupId()).raw(), input.userId())) {
            throw DirectoryException.coded(ErrorKind.CONFLICT, ErrorCode.SCIM_ALREADY_A_MEMBER, input.userId(), input.groupId());
        }
        return patch(input, style.add(input.userId()));
    }

    ProviderResult<Group> remove(MembershipInput input) {
        JsonNode before = group(input.groupId()).raw();
        if (before.has("members") && !GroupMapper.hasMember(before, input.userId())) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.SCIM_NOT_A_MEMBER, input.userId(), input.groupId());
        }
        try {
            return patch(input, style.remove(input.userId()));
        } catch (DirectoryException e) {
            // a group without members could not be checked: RFC 7644 section 3.5.2.2's answer for a filter that
            // matched nothing is 400 noTarget, which for one member means exactly "not a member"
            if (e.providerStatus().orElse(0) == 400 && "noTarget".equals(scimType(e.rawResponse().orElse(null)))) {
                throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.SCIM_NOT_A_MEMBER, input.userId(), input.groupId())
                        .withAnswer(400, e.rawResponse().orElse(null), e);
            }
            throw e;
        }
    }

    private static String scimType(String body) {
        if (body == null) {
            return null;
        }
        try {
            return Resources.text(dev.roster.connectors.model.Json.mapper().readTree(body), "scimType");
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    /**
     * One page of the group's {@code members} (RFC 7643 section 4.2): a group is one resource, not paged by the
     * server, so the page is cut from it here; the cursor is the next 1-based position, as a SCIM startIndex.
     */
    ProviderPage<User> members(ListRequest request) {
        if (!request.parameters().isEmpty() || !request.remoteQuery().isEmpty()) {
            java.util.Set<String> given = new java.util.TreeSet<>(request.parameters().keySet());
            given.addAll(request.remoteQuery().keySet());
            throw DirectoryException.invalid(ErrorCode.SCIM_MEMBERS_NOT_FILTERABLE, String.join(", ", given));
        }
        int start = ScimPaging.startIndex(request.cursor());
        int limit = request.limit() == null ? ScimCapabilities.DEFAULT_PAGE_SIZE : request.limit();
        ProviderResult<Group> group = group(request.groupId());
        JsonNode members = group.raw().path("members");
        List<User> page = new ArrayList<>();
        for (int i = start - 1; i < members.size() && page.size() < limit; i++) {
            page.add(UserMapper.member(members.get(i)));
        }
        int next = start + page.size();
        return new ProviderPage<>(page, group.raw(), !page.isEmpty() && next <= members.size() ? Integer.toString(next) : null,
                group.exchange());
    }

    /** 200 with the group after the change, or 204 and the group read again (RFC 7644 section 3.5.2). */
    private ProviderResult<Group> patch(MembershipInput input, ObjectNode body) {
        ObjectNode sent = Resources.merged(body, input.remoteData());
        ApiResponse response = transport.send(ApiRequest.patch(groupUri.apply(input.groupId()), sent).markedIdempotent());
        if (response.status() == 204 || response.body() == null || response.body().isBlank()) {
            ProviderResult<Group> after = group(input.groupId());
            return new ProviderResult<>(after.item(), after.raw(), response.exchange());
        }
        ObjectNode group = response.jsonObject();
        return new ProviderResult<>(GroupMapper.group(group), group, response.exchange());
    }
}
