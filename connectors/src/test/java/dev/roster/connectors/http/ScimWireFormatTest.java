package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SCIM 2.0: application/scim+json both ways, 1-based startIndex paging, 409 uniqueness. */
class ScimWireFormatTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final String SCIM_JSON = "application/scim+json";
    private final TestTransports t = new TestTransports(wm);

    @Test
    void pagesByStartIndexUntilTotalResults() {
        wm.stubFor(get(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("startIndex", equalTo("1"))
                .willReturn(scim(200, "scim/groups-page-1.json")));
        wm.stubFor(get(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("startIndex", equalTo("3"))
                .willReturn(scim(200, "scim/groups-page-2.json")));

        List<String> names = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        try (HttpTransport transport = scimTransport()) {
            OptionalInt next = OptionalInt.of(ScimPaging.startIndex(null));
            while (next.isPresent()) {
                int start = next.getAsInt();
                QueryString q = QueryString.create().add("startIndex", start).add("count", 2).add("filter", "displayName sw \"T\"");
                JsonNode page = transport.send(ApiRequest.get(ApiUrl.base(wm.baseUrl() + "/scim/v2").path("Groups").query(q).toUri())).jsonObject();
                page.path("Resources").forEach(g -> names.add(g.path("displayName").asText()));
                next = ScimPaging.next(page, start);
                next.ifPresent(i -> cursors.add(String.valueOf(i)));
            }
        }

        assertThat(names).containsExactly("Tour Guides", "Employees", "Zoë Ørsted's team");
        assertThat(cursors).containsExactly("3");
        wm.verify(2, getRequestedFor(urlPathEqualTo("/scim/v2/Groups")).withHeader("Accept", equalTo(SCIM_JSON))
                .withQueryParam("count", equalTo("2")).withQueryParam("filter", equalTo("displayName sw \"T\"")));
    }

    @Test
    void aDuplicateGroupIsAConflictFromScimType() {
        wm.stubFor(post("/scim/v2/Groups").willReturn(scim(409, "scim/error-uniqueness.json")));
        ObjectNode group = Json.mapper().createObjectNode().put("displayName", "Tour Guides");
        group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");

        DirectoryException e;
        try (HttpTransport transport = scimTransport()) {
            e = catchThrowableOfType(DirectoryException.class,
                    () -> transport.send(ApiRequest.post(ApiUrl.base(wm.baseUrl() + "/scim/v2").path("Groups").toUri(), group)));
        }

        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.getMessage()).endsWith("A group with displayName 'Tour Guides' already exists. (uniqueness)");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/scim/v2/Groups")).withHeader("Content-Type", equalTo(SCIM_JSON)));
    }

    private HttpTransport scimTransport() {
        return t.builder(Auth.bearer(TestTransports.TOKEN)).mediaType(SCIM_JSON).build();
    }

    private static ResponseDefinitionBuilder scim(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", SCIM_JSON).withBody(Fixtures.read(fixture));
    }
}
