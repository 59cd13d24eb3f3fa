package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status a provider answers with, through the real transport, to the kind an admin acts on. */
class ErrorMappingTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    static Stream<Arguments> providerErrors() {
        return Stream.of(
                Arguments.of("okta/error-validation.json", 400, ErrorKind.REMOTE, "E0000001", "sampleiCF-8D5rLW6myqiPItW"),
                Arguments.of("okta/error-invalid-token.json", 401, ErrorKind.AUTHENTICATION, "E0000011", "sampleQPivGUj_ND5v78vbYWW"),
                Arguments.of("okta/error-access-denied.json", 403, ErrorKind.PERMISSION, "E0000006", "sampleNUSD_8fdkFd8fs8SDBK"),
                Arguments.of("okta/error-not-found.json", 404, ErrorKind.NOT_FOUND, "E0000007", "sampleMlLvGUj_YD5v16vkYWY"),
                Arguments.of("okta/error-conflict.json", 409, ErrorKind.CONFLICT, "E0000195", "sampleMlLvGUj_YD5v15vkYWX"),
                Arguments.of("okta/error-rate-limit.json", 429, ErrorKind.RATE_LIMITED, "E0000047", "sampleQPivGUj_ND5v78vbYWW"),
                Arguments.of("graph/error-invalid-token.json", 401, ErrorKind.AUTHENTICATION, "InvalidAuthenticationToken", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                Arguments.of("graph/error-forbidden.json", 403, ErrorKind.PERMISSION, "Authorization_RequestDenied", "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"),
                Arguments.of("graph/error-not-found.json", 404, ErrorKind.NOT_FOUND, "Request_ResourceNotFound", "b5bd6b6a-3b1e-4b8c-9d2a-3e7d4e0a1f11"),
                Arguments.of("graph/error-already-member.json", 400, ErrorKind.REMOTE, "Request_BadRequest", "c8a4a3f0-6f1e-4d6b-8a57-0f3c2d9b7e42"),
                Arguments.of("google/error-duplicate.json", 409, ErrorKind.CONFLICT, "duplicate", null),
                Arguments.of("google/error-forbidden.json", 403, ErrorKind.PERMISSION, "forbidden", null),
                Arguments.of("google/error-rate-limit.json", 403, ErrorKind.RATE_LIMITED, "rateLimitExceeded", null),
                Arguments.of("scim/error-uniqueness.json", 409, ErrorKind.CONFLICT, "uniqueness", null),
                Arguments.of("scim/error-not-found.json", 404, ErrorKind.NOT_FOUND, null, null),
                Arguments.of("truto/error-validation.json", 400, ErrorKind.REMOTE, "Bad Request", null),
                Arguments.of("truto/error-rate-limit.json", 429, ErrorKind.RATE_LIMITED, "Too Many Requests", null));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("providerErrors")
    void mapsTheProvidersErrorKeepingCodeRequestIdAndRawBody(String fixture, int status, ErrorKind kind, String code, String requestId) {
        String body = Fixtures.read(fixture);
        DirectoryException e = answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.providerStatus()).contains(status);
        assertThat(e.rawResponse()).hasValueSatisfying(raw -> assertThat(raw).isEqualToIgnoringWhitespace(body));
        assertThat(e.getMessage()).startsWith("GET " + wm.baseUrl() + "/resource answered " + status);
        if (code != null) {
            assertThat(e.getMessage()).endsWith("(" + code + ")");
        }
        assertThat(e.requestId().orElse(null)).isEqualTo(requestId);
    }

    @Test
    void aValidationRefusalKeepsTheProvidersMessageAndStatusInTheJsonShape() {
        DirectoryException e = answer(aResponse().withStatus(400).withBody(Fixtures.read("okta/error-validation.json")));

        ObjectNode json = e.toJson();
        assertThat(json.path("statusCode").asInt()).isEqualTo(400);
        assertThat(json.path("is_remote_error").asBoolean()).isTrue();
        assertThat(json.path("message").asText()).contains("Api validation failed: name (name: An object with this field already exists");
        assertThat(json.path("request_id").asText()).isEqualTo("sampleiCF-8D5rLW6myqiPItW");
        assertThat(json.path("raw_response").asText()).contains("E0000001");
    }

    @Test
    void unprocessableIsARemoteRefusal() {
        DirectoryException e = answer(aResponse().withStatus(422).withBody("{\"message\":\"name is too long\"}"));

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
        assertThat(e.getMessage()).endsWith("answered 422 Unprocessable Content: name is too long");
    }

    @Test
    void aRateLimitCarriesTheWaitFromTheHeaders() {
        DirectoryException e = answer(aResponse().withStatus(429).withHeader("ratelimit-limit", "100")
                .withHeader("ratelimit-remaining", "0").withHeader("ratelimit-reset", "12")
                .withBody(Fixtures.read("truto/error-rate-limit.json")));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void aServerErrorWithAnHtmlPageIsRemoteWithTheStatusAndThePage() {
        DirectoryException e = answer(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>"));

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
        assertThat(e.getMessage()).endsWith("answered 500 Internal Server Error");
        assertThat(e.rawResponse()).contains("<html><body><h1>500 Internal Server Error</h1></body></html>");
        assertThat(e.toJson().path("statusCode").asInt()).isEqualTo(500);
    }

    @Test
    void aGoneResourceIsNotFound() {
        assertThat(answer(aResponse().withStatus(410)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void aConnectorsOwnParserRefinesTheKind() {
        ProviderErrorParser graph = (status, headers, body) -> {
            ProviderError e = GenericErrorParser.INSTANCE.parse(status, headers, body);
            return e.message() != null && e.message().contains("added object references already exist")
                    ? e.withKind(ErrorKind.CONFLICT) : e;
        };
        wm.stubFor(get("/resource").willReturn(aResponse().withStatus(400).withBody(Fixtures.read("graph/error-already-member.json"))));

        DirectoryException e;
        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).errorParser(graph).build()) {
            e = catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.get(StubServer.url(wm, "/resource"))));
        }

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.providerStatus()).contains(400);
    }

    @Test
    void aParserThatThrowsDoesNotHideTheAnswer() {
        wm.stubFor(get("/resource").willReturn(aResponse().withStatus(404).withBody("{}")));

        DirectoryException e;
        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN))
                .errorParser((status, headers, body) -> { throw new IllegalStateException("connector bug"); }).build()) {
            e = catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.get(StubServer.url(wm, "/resource"))));
        }

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.rawResponse()).contains("{}");
    }

    private DirectoryException answer(ResponseDefinitionBuilder response) {
        wm.stubFor(get("/resource").willReturn(response));
        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN))
                .settings(HttpSettings.defaults().withRetry(RetryPolicy.NEVER)).build()) {
            return catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.get(StubServer.url(wm, "/resource"))));
        }
    }
}
