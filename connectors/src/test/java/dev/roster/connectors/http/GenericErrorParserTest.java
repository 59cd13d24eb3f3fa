package dev.roster.connectors.http;

import static dev.roster.connectors.http.RateLimitHeadersTest.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ErrorKind;
import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericErrorParserTest {
    private static final HttpHeaders NONE = headers();
    private final GenericErrorParser parser = GenericErrorParser.INSTANCE;

    @Test
    void readsOktasErrorWithItsErrorIdAsRequestId() {
        ProviderError e = parser.parse(404, headers("X-Okta-Request-Id", "hdr-id"), Fixtures.read("okta/error-not-found.json"));

        assertThat(e).isEqualTo(new ProviderError("E0000007", "Not found: Resource not found: 00gdoesnotexist (UserGroup)",
                "sampleMlLvGUj_YD5v16vkYWY", null));
    }

    @Test
    void foldsOktasErrorCausesIntoTheMessage() {
        ProviderError e = parser.parse(400, NONE, Fixtures.read("okta/error-validation.json"));

        assertThat(e.message()).isEqualTo(
                "Api validation failed: name (name: An object with this field already exists in the current organization)");
        assertThat(e.code()).isEqualTo("E0000001");
    }

    @Test
    void readsGraphsErrorAndTheRequestIdOfItsInnerError() {
        ProviderError e = parser.parse(404, NONE, Fixtures.read("graph/error-not-found.json"));

        assertThat(e.code()).isEqualTo("Request_ResourceNotFound");
        assertThat(e.message()).startsWith("Resource '7f0e2c1a-0000-0000-0000-000000000000' does not exist");
        assertThat(e.requestId()).isEqualTo("b5bd6b6a-3b1e-4b8c-9d2a-3e7d4e0a1f11");
        assertThat(e.kind()).isNull();
    }

    @Test
    void takesGraphsRequestIdFromTheHeaderWhenTheBodyHasNone() {
        ProviderError e = parser.parse(503, headers("request-id", "from-header"),
                "{\"error\":{\"code\":\"serviceNotAvailable\",\"message\":\"Service unavailable\"}}");

        assertThat(e.requestId()).isEqualTo("from-header");
        assertThat(e.code()).isEqualTo("serviceNotAvailable");
    }

    @Test
    void readsGooglesErrorWithTheReasonAsCode() {
        ProviderError e = parser.parse(409, NONE, Fixtures.read("google/error-duplicate.json"));

        assertThat(e).isEqualTo(new ProviderError("duplicate", "Member already exists.", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"google/error-rate-limit.json", "google/error-user-rate-limit.json"})
    void aGoogle403QuotaReasonIsARateLimit(String fixture) {
        ProviderError e = parser.parse(403, NONE, Fixtures.read(fixture));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.kindFor(403)).isEqualTo(ErrorKind.RATE_LIMITED);
    }

    @Test
    void anOrdinaryGoogle403StaysAPermissionProblem() {
        ProviderError e = parser.parse(403, NONE, Fixtures.read("google/error-forbidden.json"));

        assertThat(e.code()).isEqualTo("forbidden");
        assertThat(e.kindFor(403)).isEqualTo(ErrorKind.PERMISSION);
    }

    @Test
    void readsScimErrorsAndTreatsUniquenessAsAConflict() {
        ProviderError unique = parser.parse(409, NONE, Fixtures.read("scim/error-uniqueness.json"));
        ProviderError missing = parser.parse(404, NONE, Fixtures.read("scim/error-not-found.json"));

        assertThat(unique).isEqualTo(new ProviderError("uniqueness", "A group with displayName 'Tour Guides' already exists.",
                null, ErrorKind.CONFLICT));
        assertThat(unique.kindFor(400)).isEqualTo(ErrorKind.CONFLICT);
        assertThat(missing.message()).isEqualTo("Resource 2819c223-7f76-453a-919d-413861904646 not found");
        assertThat(missing.kindFor(404)).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void readsTrutosErrorAndTheXRequestIdHeader() {
        ProviderError e = parser.parse(429, headers("X-Request-Id", "truto-req-1"), Fixtures.read("truto/error-rate-limit.json"));

        assertThat(e).isEqualTo(new ProviderError("Too Many Requests", "API call exceeded rate limit due to too many requests.",
                "truto-req-1", null));
    }

    @Test
    void readsAnOAuthBearerError() {
        ProviderError e = parser.parse(401, NONE, "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}");

        assertThat(e).isEqualTo(new ProviderError("invalid_token", "The access token expired", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>502 Bad Gateway</body></html>", "", "[1,2]", "{\"unrelated\":true}", "null"})
    void aBodyItCannotReadLeavesTheStatusToDecide(String body) {
        ProviderError e = parser.parse(502, NONE, body);

        assertThat(e.message()).isNull();
        assertThat(e.kindFor(502)).isEqualTo(ErrorKind.REMOTE);
    }

    @Test
    void toleratesAMissingBody() {
        assertThat(parser.parse(500, headers("x-request-id", "r-1"), null)).isEqualTo(new ProviderError(null, null, "r-1", null));
    }
}
