package dev.roster.connectors.okta;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import com.github.tomakehurst.wiremock.client.CountMatchingStrategy;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Every request the connector sends in a full scenario, checked against Okta's own OpenAPI file
 * ({@code shared/specs/okta-management-minimal.yaml}) and, operation by operation, for its method, path,
 * headers and body. The spec declares neither Link nor rate-limit headers, so only requests are validated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class OktaRequestShapeTest {
    private static final String SPEC = "shared/specs/okta-management-minimal.yaml";
    private OpenApiInteractionValidator validator;
    private OktaFake fake;

    @BeforeAll
    void setUp() {
        Optional<Path> spec = findSpec();
        assumeThat(spec).as("Okta's OpenAPI file at " + SPEC + " beside or above the build").isPresent();
        // The file is 3.4 MB: swagger-parser's YAML reader stops at 3 MB unless told otherwise. It reads the
        // property once per JVM, so the build sets it too (connectors/pom.xml) for when another shape test came first.
        System.setProperty("maxYamlCodePoints", Integer.toString(16 * 1024 * 1024));
        // createForSpecificationUrl refuses any spec with parse messages, and this one has seven, all in schemas
        // no group or user operation uses (policies, inline hooks, user schema attributes): parse it here, check
        // that those are the only ones, and hand the model over.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readLocation(spec.orElseThrow().toUri().toString(), null, options);
        assertThat(parsed.getOpenAPI()).as("Okta's spec parsed: %s", parsed.getMessages()).isNotNull();
        assertThat(parsed.getMessages()).allSatisfy(m -> assertThat(m).containsAnyOf("Policy", "InlineHook", "UserSchemaAttribute",
                "WellKnownURIArrayResponse"));
        validator = OpenApiInteractionValidator.createFor(parsed.getOpenAPI()).build();
        fake = OktaFake.start(5, 4);
    }

    @AfterAll
    void tearDown() {
        if (fake != null) {
            fake.close();
        }
    }

    /** The shared folder is a sibling of the worktree (or of the main checkout): look upwards from here. */
    private static Optional<Path> findSpec() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SPEC);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private UnifiedDirectory open(String scheme) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl(), "auth_scheme", scheme));
        return UnifiedDirectory.open(new OktaConnectorProvider(), new ConnectionSettings("shape", values, Map.of("token", OktaFake.TOKEN)));
    }

    @Test
    void everyRequestOfAFullScenarioIsWhatOktasSpecDescribes() {
        fake.server().resetRequests();
        Group group;
        User user;
        try (UnifiedDirectory directory = open("SSWS")) {
            var first = directory.listGroups(ListQuery.ofLimit(2));
            directory.listGroups(ListQuery.ofLimit(2).withCursor(first.page().nextCursor()));
            directory.listGroups(ListQuery.ofLimit(5).withParameters(Map.of("q", "Team", "sortOrder", "asc")));
            directory.getGroup(first.page().result().getFirst().id());
            group = directory.createGroup(new GroupInput("Shape group", "checked against the spec", null, null)).item();
            user = directory.createUser(new UserInput("Shape Person", "Shape", "Person", "shape@example.com",
                    List.of(new Email("shape@example.com", true, null)), "Pa55-word-shape", List.of(), null, null, List.of(),
                    List.of(), List.of(), null, null, List.of(), null)).item();
            directory.addMember(new MembershipInput(group.id(), user.id(), null));
            Group second = directory.createGroup(new GroupInput("Shape group two", null, null, null)).item();
            directory.addMember(new MembershipInput(second.id(), user.id(), null));
            var hisFirst = directory.listGroups(ListQuery.ofLimit(1).withUserId(user.id()));
            directory.listGroups(ListQuery.ofLimit(1).withUserId(user.id()).withCursor(hisFirst.page().nextCursor()));
            directory.listUsers(ListQuery.ofLimit(10).withGroupId(group.id()));
            directory.removeMember(new MembershipInput(group.id(), user.id(), null));
            directory.listUsers(ListQuery.ofLimit(3).withParameters(Map.of("search", "status eq \"ACTIVE\"")));
        }

        List<ServeEvent> served = fake.served();
        assertThat(served).hasSizeGreaterThanOrEqualTo(14);
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : served) {
            ValidationReport report = validator.validateRequest(toValidatorRequest(event.getRequest()));
            if (report.hasErrors()) {
                problems.add(event.getRequest().getMethod() + " " + event.getRequest().getUrl() + ": " + report.getMessages());
            }
        }
        assertThat(problems).isEmpty();

        var w = fake.server();
        w.verify(3, withOktaHeaders(getRequestedFor(urlPathEqualTo("/api/v1/groups"))));
        w.verify(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/groups?limit=2"))));
        w.verify(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/groups?q=Team&sortOrder=asc&limit=5"))).withoutHeader("Content-Type"));
        w.verify(new CountMatchingStrategy(CountMatchingStrategy.GREATER_THAN_OR_EQUAL, 3),
                withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/groups/" + group.id()))));
        w.verify(withOktaHeaders(postRequestedFor(urlEqualTo("/api/v1/groups")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"profile\":{\"name\":\"Shape group\",\"description\":\"checked against the spec\"}}")));
        w.verify(withOktaHeaders(postRequestedFor(urlEqualTo("/api/v1/users?activate=true")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"profile\":{\"firstName\":\"Shape\",\"lastName\":\"Person\",\"email\":\"shape@example.com\","
                        + "\"login\":\"shape@example.com\",\"displayName\":\"Shape Person\"},"
                        + "\"credentials\":{\"password\":{\"value\":\"Pa55-word-shape\"}}}")));
        // membership checks read the user's groups at Okta's largest page (limit <= 200 in its reference)
        w.verify(3, withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/users/" + user.id() + "/groups?limit=200"))));
        // the groups of a user: listUserGroups, Link-paged with limit and after like the groups list
        w.verify(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/users/" + user.id() + "/groups?limit=1"))));
        w.verify(withOktaHeaders(getRequestedFor(urlPathEqualTo("/api/v1/users/" + user.id() + "/groups"))
                .withQueryParam("limit", equalTo("1")).withQueryParam("after", WireMock.matching(".+"))));
        w.verify(withOktaHeaders(putRequestedFor(urlEqualTo("/api/v1/groups/" + group.id() + "/users/" + user.id())))
                .withRequestBody(WireMock.absent()));
        w.verify(withOktaHeaders(deleteRequestedFor(urlEqualTo("/api/v1/groups/" + group.id() + "/users/" + user.id())))
                .withRequestBody(WireMock.absent()));
        w.verify(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/groups/" + group.id() + "/users?limit=10"))));
        w.verify(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/users?search=status%20eq%20%22ACTIVE%22&limit=3"))));
    }

    @Test
    void anAccessTokenGoesAsBearer() {
        fake.server().resetRequests();
        try (UnifiedDirectory directory = open("Bearer")) {
            directory.verify();
        }
        fake.server().verify(1, getRequestedFor(urlEqualTo("/api/v1/groups?limit=1"))
                .withHeader("Authorization", equalTo("Bearer " + OktaFake.TOKEN)));
        ValidationReport report = validator.validateRequest(toValidatorRequest(fake.served().getFirst().getRequest()));
        assertThat(report.getMessages()).isEmpty();
    }

    @Test
    void theValidatorCatchesRequestsOffTheSpec() {
        // the control: without it an empty problem list could mean a validator that checks nothing
        var tooLarge = SimpleRequest.Builder.get("/api/v1/groups").withQueryParam("limit", "10001")
                .withHeader("Authorization", "SSWS x").build();
        var noSuchOperation = SimpleRequest.Builder.patch("/api/v1/groups/00g1/users/00u1").withHeader("Authorization", "SSWS x").build();

        assertThat(validator.validateRequest(tooLarge).hasErrors()).isTrue();
        assertThat(validator.validateRequest(noSuchOperation).hasErrors()).isTrue();
    }

    private static RequestPatternBuilder withOktaHeaders(RequestPatternBuilder pattern) {
        return pattern.withHeader("Authorization", equalTo("SSWS " + OktaFake.TOKEN)).withHeader("Accept", equalTo("application/json"));
    }

    /** WireMock's record of a request as the validator's request: method, path, query, the headers the spec speaks of, body. */
    private static SimpleRequest toValidatorRequest(LoggedRequest r) {
        URI uri = URI.create(r.getUrl());
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        for (String name : List.of("Authorization", "Accept", "Content-Type")) {
            if (r.containsHeader(name)) {
                b.withHeader(name, r.getHeader(name));
            }
        }
        if (r.getBody() != null && r.getBody().length > 0) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }
}
