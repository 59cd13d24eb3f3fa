package dev.roster.connectors.entra;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.GraphFake;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Every Graph request of a full scenario, checked against Microsoft's own OpenAPI description
 * ({@code shared/specs/graph-v1.0-subset.yaml}), and each operation's method, path, headers and body as sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class EntraRequestShapeTest {
    private GraphFake fake;

    @BeforeAll
    void start() {
        fake = GraphFake.start(7, 2);
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @Test
    void everyRequestOfAFullScenarioIsWhatGraphDocuments() {
        Group team;
        Group security;
        User user;
        try (UnifiedDirectory d = UnifiedDirectory.open(new EntraConnectorProvider(), fake.settings("shape"))) {
            d.walkGroups(ListQuery.ofLimit(3), p -> { }, () -> false);
            d.listGroups(ListQuery.ofLimit(5).withParameters(Map.of("$search", "Group", "$orderby", "displayName")));
            d.listGroups(ListQuery.ofLimit(5).withParameters(Map.of("$filter", "startswith(displayName,'Group')", "$select", "id,displayName")));
            team = d.createGroup(new GroupInput("Shape Team", "a Microsoft 365 group", GroupType.TEAM, null)).item();
            security = d.createGroup(new GroupInput("Shape Security", null, GroupType.GROUP, null)).item();
            d.getGroup(team.id());
            user = d.createUser(new UserInput("Ada Lovelace", "Ada", "Lovelace", "ada@contoso.example",
                    List.of(new Email("ada@contoso.example", true, null)), "Xy7!long-enough", List.of(), "Analyst", null, List.of(),
                    List.of(), List.of(), null, "contractor", List.of(), null)).item();
            d.walkUsers(ListQuery.ofLimit(2), p -> { }, () -> false);
            d.addMember(new MembershipInput(security.id(), user.id(), null));
            d.listUsers(ListQuery.ofLimit(10).withGroupId(security.id()));
            d.removeMember(new MembershipInput(security.id(), user.id(), null));
        }
        assertThat(team.groupType()).isEqualTo(GroupType.TEAM);
        assertThat(security.groupType()).isEqualTo(GroupType.GROUP);

        List<LoggedRequest> graph = fake.requests().stream().filter(r -> r.getUrl().startsWith("/v1.0/")).toList();
        assertThat(graph).hasSizeGreaterThan(12);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(openTypes(spec()))
                .withBasePathOverride("/v1.0").build();
        List<String> problems = new ArrayList<>();
        for (LoggedRequest r : graph) {
            ValidationReport report = validator.validateRequest(toRequest(r));
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add(r.getMethod() + " " + r.getUrl() + ": " + m.getKey() + " " + m.getMessage() + " " + m.getNestedMessages().stream().map(n -> n.getMessage() + n.getNestedMessages().stream().map(ValidationReport.Message::getMessage).toList()).toList()));
        }
        assertThat(problems).isEmpty();
        assertThat(graph).allSatisfy(r -> assertThat(r.getHeader("Authorization")).matches("Bearer eyJ\\S+"));
        assertThat(fake.objectDeletes()).isEmpty();

        WireMockServer wm = fake.server();
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withQueryParam("$top", equalTo("3")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skip", matching(".*")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withQueryParam("$search", equalTo("\"displayName:Group\""))
                .withQueryParam("$orderby", equalTo("displayName")).withHeader("ConsistencyLevel", equalTo("eventual")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withQueryParam("$filter", matching(".*"))
                .withHeader("ConsistencyLevel", matching(".*")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1.0/groups")).withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("""
                        {"displayName":"Shape Team","description":"a Microsoft 365 group","mailNickname":"ShapeTeam",
                         "mailEnabled":true,"securityEnabled":false,"groupTypes":["Unified"]}""")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1.0/groups")).withRequestBody(equalToJson("""
                {"displayName":"Shape Security","mailNickname":"ShapeSecurity","mailEnabled":false,"securityEnabled":true,"groupTypes":[]}""")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1.0/users")).withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("""
                        {"accountEnabled":true,"displayName":"Ada Lovelace","mailNickname":"ada","userPrincipalName":"ada@contoso.example",
                         "passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"Xy7!long-enough"},
                         "givenName":"Ada","surname":"Lovelace","jobTitle":"Analyst","mail":"ada@contoso.example","employeeType":"contractor"}""")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v1.0/groups/" + team.id())));
        wm.verify(1, postRequestedFor(urlEqualTo("/v1.0/groups/" + security.id() + "/members/$ref"))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("{\"@odata.id\":\"" + fake.graphUrl() + "/directoryObjects/" + user.id() + "\"}")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/groups/" + security.id() + "/members/microsoft.graph.user"))
                .withQueryParam("$top", equalTo("10")).withQueryParam("$select", matching("id,.*accountEnabled.*")));
        wm.verify(1, deleteRequestedFor(urlEqualTo("/v1.0/groups/" + security.id() + "/members/" + user.id() + "/$ref")));
    }

    /** The check is not vacuous: a body that breaks the spec's types is caught, an unknown path too. */
    @Test
    void theValidatorRefusesWhatGraphWouldNot() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(openTypes(spec()))
                .withBasePathOverride("/v1.0").build();
        Request wrongType = SimpleRequest.Builder.post("/v1.0/groups").withContentType("application/json")
                .withHeader("Authorization", "Bearer x").withBody("{\"displayName\":\"x\",\"mailEnabled\":\"yes\"}").build();
        Request objectDelete = SimpleRequest.Builder.delete("/v1.0/groups/g1/members/u1").withHeader("Authorization", "Bearer x").build();

        assertThat(validator.validateRequest(wrongType).hasErrors()).isTrue();
        assertThat(validator.validateRequest(objectDelete).hasErrors()).as("the spec has no DELETE of a member without /$ref").isTrue();
    }

    private static Request toRequest(LoggedRequest r) {
        URI uri = URI.create(r.getAbsoluteUrl());
        String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                b.withQueryParam(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        for (HttpHeader h : r.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        if (!r.getBodyAsString().isEmpty()) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }

    /**
     * Microsoft's generated description marks every type open with {@code additionalProperties: {type: object}}
     * and composes them with allOf (group = entity + directoryObject + group); a JSON Schema validator then
     * checks each fragment alone and refuses every property another fragment declares. Read as the open types
     * they are ({@code additionalProperties: true}), at run time only: the file stays Microsoft's text.
     */
    private static String openTypes(Path spec) {
        try {
            String text = Files.readString(spec);
            String open = text.replaceAll("(?m)^(\\s*)additionalProperties:\\s*\\R\\s*type: object\\s*$", "$1additionalProperties: true");
            assertThat(open).as("the spec still has the generator's open types").isNotEqualTo(text);
            return open;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** shared/specs is a sibling of the worktree (../shared from its root). */
    private static Path spec() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/specs/graph-v1.0-subset.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/specs/graph-v1.0-subset.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
