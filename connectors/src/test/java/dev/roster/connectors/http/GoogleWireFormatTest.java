package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Google Admin SDK Directory: pageToken/nextPageToken, no groups key on the last page, 409 duplicate. */
class GoogleWireFormatTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final String TOKEN_1 = "CgwI2Nn1kQYQ-LbN9gISDGdyb3VwczAwMDAwMQ";
    private final TestTransports t = new TestTransports(wm);

    @Test
    void pagesByPageTokenUntilThereIsNone() {
        wm.stubFor(get(urlPathEqualTo("/admin/directory/v1/groups")).withQueryParam("pageToken", absent())
                .willReturn(okJson(Fixtures.read("google/groups-page-1.json"))));
        wm.stubFor(get(urlPathEqualTo("/admin/directory/v1/groups")).withQueryParam("pageToken", equalTo(TOKEN_1))
                .willReturn(okJson(Fixtures.read("google/groups-page-2.json"))));

        List<String> emails = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        try (HttpTransport transport = t.bearer()) {
            Optional<String> pageToken = Optional.empty();
            do {
                QueryString q = QueryString.create().add("customer", "my_customer").add("maxResults", 1).add("pageToken", pageToken.orElse(null));
                JsonNode page = transport.send(ApiRequest.get(ApiUrl.base(wm.baseUrl()).path("admin", "directory", "v1", "groups").query(q).toUri())).jsonObject();
                page.path("groups").forEach(g -> emails.add(g.path("email").asText()));
                pageToken = BodyCursor.at(page, BodyCursor.GOOGLE_NEXT_PAGE_TOKEN);
                pageToken.ifPresent(tokens::add);
            } while (pageToken.isPresent());
        }

        assertThat(emails).containsExactly("sales@example.com");
        assertThat(tokens).containsExactly(TOKEN_1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/admin/directory/v1/groups")).withQueryParam("customer", equalTo("my_customer")));
        // no transport-level rate-limit headers: Google sends none
        assertThat(t.log.snapshot()).allSatisfy(e -> assertThat(e.responseHeader("x-rate-limit-limit")).isNull());
    }

    @Test
    void addingAnExistingMemberIsAConflictAnsweredOnce() {
        wm.stubFor(post("/admin/directory/v1/groups/sales@example.com/members").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(Fixtures.read("google/error-duplicate.json"))));

        DirectoryException e;
        try (HttpTransport transport = t.bearer()) {
            var url = ApiUrl.base(wm.baseUrl()).path("admin", "directory", "v1", "groups", "sales@example.com", "members").toUri();
            var body = Json.mapper().createObjectNode().put("email", "zoe@example.com").put("role", "MEMBER");
            e = catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.post(url, body)));
        }

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.getMessage()).endsWith("answered 409 Conflict: Member already exists. (duplicate)");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/admin/directory/v1/groups/sales@example.com/members"))
                .withRequestBody(equalToJson("{\"email\":\"zoe@example.com\",\"role\":\"MEMBER\"}")));
    }
}
