package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SCIM endpoints of the fake (RFC 7644 sections 3.3, 3.4.1, 3.4.2, 3.5.2) over {@link ScimFakeStore}:
 * each call gives the status and the body to send; {@link ScimFake} adds faults, headers and the media type.
 */
final class ScimFakeApi {
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Pattern REMOVE_FILTER = Pattern.compile("members\\[\\s*value\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*]");

    record Answer(int status, JsonNode body) {
    }

    private final ScimFakeStore store;
    private final ScimFake.Switches switches;

    ScimFakeApi(ScimFakeStore store, ScimFake.Switches switches) {
        this.store = store;
        this.switches = switches;
    }

    Answer handle(String method, List<String> path, Request request) {
        String collection = path.getFirst();
        if (collection.equals("ServiceProviderConfig") && path.size() == 1 && method.equals("GET")) {
            return new Answer(200, serviceProviderConfig());
        }
        boolean users = collection.equals("Users");
        if (!users && !collection.equals("Groups")) {
            return error(404, null, "Endpoint /" + collection + " not found");
        }
        if (path.size() == 1) {
            return switch (method) {
                // a group is filtered on what it holds (members.value), then shown as this server shows groups
                case "GET" -> list(users ? store.users() : store.groups(), request, users ? r -> r : this::shown);
                case "POST" -> users ? createUser(request) : createGroup(request);
                default -> error(405, null, method + " is not supported on /" + collection);
            };
        }
        String id = path.get(1);
        Optional<ObjectNode> resource = users ? store.user(id) : store.group(id);
        if (resource.isEmpty()) {
            return error(404, null, "Resource " + id + " not found");
        }
        return switch (method) {
            case "GET" -> new Answer(200, users ? resource.get() : shown(resource.get()));
            case "PATCH" -> users ? error(501, null, "PATCH of users is not implemented by this fake") : patchGroup(id, request);
            default -> error(405, null, method + " is not supported on /" + collection + "/{id}");
        };
    }

    /**
     * RFC 7643 section 5 (the example of section 8.5): what this fake supports. PATCH, filter (capped at the
     * server's page cap), no bulk, no sort, no ETags, no password change; bearer tokens.
     */
    private ObjectNode serviceProviderConfig() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        body.put("documentationUri", "https://example.com/help/scim.html");
        body.putObject("patch").put("supported", true);
        body.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        body.putObject("filter").put("supported", true).put("maxResults", switches.serverCap());
        body.putObject("changePassword").put("supported", false);
        body.putObject("sort").put("supported", false);
        body.putObject("etag").put("supported", false);
        body.putArray("authenticationSchemes").addObject().put("type", "oauthbearertoken").put("name", "OAuth Bearer Token")
                .put("description", "Authentication scheme using the OAuth Bearer Token Standard")
                .put("specUri", "http://www.rfc-editor.org/info/rfc6750").put("primary", true);
        body.putObject("meta").put("resourceType", "ServiceProviderConfig").put("location", "/ServiceProviderConfig");
        return body;
    }

    private Answer list(List<ObjectNode> all, Request request, java.util.function.UnaryOperator<ObjectNode> view) {
        Optional<Predicate<JsonNode>> filter = ScimFakeFilter.parse(param(request, "filter"));
        if (filter.isEmpty()) {
            return error(400, "invalidFilter", "The filter " + param(request, "filter") + " is not supported");
        }
        List<ObjectNode> matching = all.stream().filter(r -> filter.get().test(r)).map(view).toList();
        // RFC 7644 section 3.4.2.4: a startIndex below 1 is 1, a negative count is 0; the server caps count
        int start = Math.max(1, intParam(request, "startIndex", 1));
        int count = Math.min(Math.max(0, intParam(request, "count", switches.serverCap())), switches.serverCap());
        List<ObjectNode> page = matching.stream().skip(start - 1L).limit(count).toList();
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add(LIST_RESPONSE);
        body.put("totalResults", matching.size() + switches.extraTotalResults());
        body.put("startIndex", switches.echoFirstStartIndex() ? 1 : start);
        body.put("itemsPerPage", page.size());
        if (!page.isEmpty()) {
            // "Resources" is REQUIRED only when totalResults is non-zero: some servers leave it out of an empty page
            ArrayNode resources = body.putArray("Resources");
            page.forEach(resources::add);
        }
        return new Answer(200, body);
    }

    private Answer createUser(Request request) {
        ObjectNode body = object(request);
        if (body == null || !body.hasNonNull("userName") || body.path("userName").asText().isBlank()) {
            return error(400, "invalidValue", "userName is required");
        }
        if (store.userNameTaken(body.path("userName").asText())) {
            return error(409, "uniqueness", "User with userName '" + body.path("userName").asText() + "' already exists");
        }
        return new Answer(201, store.createUser(body));
    }

    private Answer createGroup(Request request) {
        ObjectNode body = object(request);
        if (body == null || !body.hasNonNull("displayName") || body.path("displayName").asText().isBlank()) {
            return error(400, "invalidValue", "displayName is required");
        }
        if (store.displayNameTaken(body.path("displayName").asText())) {
            return error(409, "uniqueness", "A group with displayName '" + body.path("displayName").asText() + "' already exists.");
        }
        return new Answer(201, store.createGroup(body));
    }

    /** add / remove / replace on {@code members}, ops in any case (Entra capitalises them). */
    private Answer patchGroup(String groupId, Request request) {
        ObjectNode body = object(request);
        if (body == null || !has(body.path("schemas"), PATCH_OP) || !body.path("Operations").isArray()) {
            return error(400, "invalidSyntax", "A PatchOp needs schemas [" + PATCH_OP + "] and Operations");
        }
        for (JsonNode op : body.path("Operations")) {
            String name = op.path("op").asText().toLowerCase(Locale.ROOT);
            String path = op.path("path").asText();
            Answer refused = switch (name) {
                case "add" -> path.equals("members") ? addAll(groupId, op.path("value")) : unsupportedPath(path);
                case "remove" -> remove(groupId, path, op.path("value"));
                case "replace" -> {
                    if (!path.equals("members")) {
                        yield unsupportedPath(path);
                    }
                    store.removeAllMembers(groupId);
                    yield addAll(groupId, op.path("value"));
                }
                default -> error(400, "invalidSyntax", "Unknown op '" + op.path("op").asText() + "'");
            };
            if (refused != null) {
                return refused;
            }
        }
        return switches.patchAnswers204() ? new Answer(204, null) : new Answer(200, shown(store.group(groupId).orElseThrow()));
    }

    private ObjectNode shown(ObjectNode group) {
        if (switches.omitsMembers()) {
            group.remove("members");
        }
        return group;
    }

    private Answer addAll(String groupId, JsonNode values) {
        if (!values.isArray()) {
            return error(400, "invalidValue", "members needs a list of {\"value\": id}");
        }
        for (JsonNode v : values) {
            String userId = v.path("value").asText();
            if (store.user(userId).isEmpty()) {
                return error(400, "invalidValue", "No user " + userId);
            }
        }
        values.forEach(v -> store.addMember(groupId, v.path("value").asText()));
        return null;
    }

    /** RFC 7644 section 3.5.2.2: a filter that matches nothing is a 400 noTarget; a value list (Entra) is liberal. */
    private Answer remove(String groupId, String path, JsonNode values) {
        Matcher filter = REMOVE_FILTER.matcher(path);
        if (filter.matches()) {
            String userId = filter.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            return store.removeMember(groupId, userId) ? null : error(400, "noTarget", "No member with value " + userId);
        }
        if (!path.equals("members")) {
            return unsupportedPath(path);
        }
        if (values.isMissingNode()) {
            store.removeAllMembers(groupId);
            return null;
        }
        values.forEach(v -> store.removeMember(groupId, v.path("value").asText()));
        return null;
    }

    private static Answer unsupportedPath(String path) {
        return error(400, "invalidPath", "The path '" + path + "' is not supported by this fake");
    }

    static Answer error(int status, String scimType, String detail) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add(ERROR);
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        body.put("status", Integer.toString(status));
        return new Answer(status, body);
    }

    private static ObjectNode object(Request request) {
        try {
            JsonNode node = Json.mapper().readTree(request.getBodyAsString());
            return node instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String param(Request request, String name) {
        var q = request.queryParameter(name);
        return q.isPresent() ? q.firstValue() : null;
    }

    private static int intParam(Request request, String name, int otherwise) {
        String raw = param(request, name);
        try {
            return raw == null ? otherwise : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
