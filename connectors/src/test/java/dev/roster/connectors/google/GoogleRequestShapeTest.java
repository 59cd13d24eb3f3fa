package dev.roster.connectors.google;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every request the connector makes, checked twice: against Google's own contract (the Directory API's
 * discovery document as OpenAPI, {@code shared/specs/google-directory_v1-subset.yaml}) with
 * swagger-request-validator, and exactly (method, path, query, headers, body) with WireMock's verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleRequestShapeTest {
    private static final Path SPEC = Path.of("..", "..", "shared", "specs", "google-directory_v1-subset.yaml");
    private static final String API = GoogleFake.API;
    private static final String BEARER = "Bearer ya29\\.fake-[0-9a-f-]{36}";

    private GoogleTestConnections google;
    private Group group;
    private User user;

    @BeforeAll
    void everyOperationOnce() {
        google = new GoogleTestConnections(3, 2);
        try (DirectoryConnector connector = google.connect(Map.of())) {
            connector.verify();
            connector.listGroups(new ListRequest(2, null, Map.of("orderBy", "email", "sortOrder", "DESCENDING"), Map.of(), null));
            String token = connector.listGroups(ListRequest.firstPage(2)).nextCursor();
            connector.listGroups(ListRequest.firstPage(2).withCursor(token));
            group = connector.createGroup(new GroupInput("Shape", "Checked against the spec", null,
                    Json.mapper().createObjectNode().put("email", "shape@example.com"))).item();
            connector.getGroup(group.id());
            user = connector.createUser(new UserInput(null, "Shape", "Checker", "shape.checker@example.com",
                    List.of(new Email("shape.checker@example.com", true, null)), "Pa55-word-shape", List.of(), null, null,
                    List.of(), List.of(), List.of(), null, null, List.of(), null)).item();
            connector.listUsers(new ListRequest(50, null, Map.of("query", "shape"), Map.of(), null));
            connector.addMember(new MembershipInput(group.id(), user.id(), null));
            connector.listUsers(new ListRequest(10, null, Map.of("roles", "MEMBER"), Map.of(), group.id()));
            connector.listGroups(new ListRequest(10, null, Map.of("userKey", user.username()), Map.of(), null));
            connector.removeMember(new MembershipInput(group.id(), user.id(), null));
        }
    }

    @AfterAll
    void stop() {
        google.close();
    }

    @Test
    void everyApiRequestMatchesGooglesPublishedContract() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toAbsolutePath().toUri().toString()).build();
        List<ServeEvent> calls = google.fake.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(API)).toList();

        assertThat(calls).hasSizeGreaterThanOrEqualTo(13);
        for (ServeEvent call : calls) {
            ValidationReport report = validator.validateRequest(toValidatorRequest(call.getRequest()));
            assertThat(report.getMessages()).as(call.getRequest().getMethod() + " " + call.getRequest().getUrl()).isEmpty();
        }
    }

    /** The check has teeth: an orderBy the spec does not list, and a page size under its minimum, are reported. */
    @Test
    void theValidatorRefusesAShapeTheSpecForbids() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toAbsolutePath().toUri().toString()).build();
        Request wrong = new SimpleRequest.Builder("GET", API + "/groups").withQueryParam("orderBy", "name")
                .withQueryParam("maxResults", "0").withHeader("Authorization", "Bearer x").build();

        assertThat(validator.validateRequest(wrong).getMessages()).extracting(ValidationReport.Message::getKey)
                .contains("validation.request.parameter.schema.enum", "validation.request.parameter.schema.minimum");
    }

    @Test
    void theTokenRequestIsTheJwtBearerGrantAsAForm() {
        google.fake.server().verify(1, postRequestedFor(urlPathEqualTo("/token"))
                .withHeader("Content-Type", matching("application/x-www-form-urlencoded.*"))
                .withRequestBody(matching("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=[\\w-]+\\.[\\w-]+\\.[\\w-]+")));
    }

    @Test
    void listsAskForTheCustomerAPageSizeAndFollowTheToken() {
        verify(getRequestedFor(urlPathEqualTo(API + "/groups")).withQueryParam("customer", equalTo("my_customer"))
                .withQueryParam("maxResults", equalTo("1")));
        verify(getRequestedFor(urlPathEqualTo(API + "/groups")).withQueryParam("customer", equalTo("my_customer"))
                .withQueryParam("orderBy", equalTo("email")).withQueryParam("sortOrder", equalTo("DESCENDING"))
                .withQueryParam("maxResults", equalTo("2")));
        verify(getRequestedFor(urlPathEqualTo(API + "/groups")).withQueryParam("pageToken", matching("[\\w-]+"))
                .withQueryParam("maxResults", equalTo("2")));
        verify(getRequestedFor(urlPathEqualTo(API + "/users")).withQueryParam("customer", equalTo("my_customer"))
                .withQueryParam("query", equalTo("shape")).withQueryParam("maxResults", equalTo("50")));
        verify(getRequestedFor(urlPathEqualTo(API + "/groups/" + group.id() + "/members")).withQueryParam("roles", equalTo("MEMBER"))
                .withQueryParam("maxResults", equalTo("10")));
    }

    @Test
    void writesSendGooglesBodies() {
        verify(postRequestedFor(urlPathEqualTo(API + "/groups")).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"email\":\"shape@example.com\",\"name\":\"Shape\",\"description\":\"Checked against the spec\"}")));
        verify(postRequestedFor(urlPathEqualTo(API + "/users")).withRequestBody(equalToJson(
                "{\"primaryEmail\":\"shape.checker@example.com\",\"name\":{\"givenName\":\"Shape\",\"familyName\":\"Checker\"},\"password\":\"Pa55-word-shape\"}")));
        verify(postRequestedFor(urlPathEqualTo(API + "/groups/" + group.id() + "/members"))
                .withRequestBody(equalToJson("{\"id\":\"" + user.id() + "\",\"role\":\"MEMBER\"}")));
        verify(deleteRequestedFor(urlPathEqualTo(API + "/groups/" + group.id() + "/members/" + user.id())));
        // add and remove each return the group after the change
        google.fake.server().verify(3, getRequestedFor(urlPathEqualTo(API + "/groups/" + group.id())));
    }

    private void verify(RequestPatternBuilder pattern) {
        google.fake.server().verify(WireMock.moreThanOrExactly(1), pattern.withHeader("Authorization", matching(BEARER))
                .withHeader("Accept", equalTo("application/json")).withHeader("User-Agent", equalTo("Roster")));
    }

    private static Request toValidatorRequest(com.github.tomakehurst.wiremock.http.Request r) {
        String url = r.getUrl();
        String path = url.replaceFirst("\\?.*$", "");
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path);
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(decode(kv[0]), decode(kv.length > 1 ? kv[1] : ""));
            }
        }
        for (var header : r.getHeaders().all()) {
            b.withHeader(header.key(), header.values());
        }
        if (r.getBody() != null && r.getBody().length > 0) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
